// A walk through every lesson in the real window, for scripts/lesson_walk.sh under Xvfb: the
// student's clicks on the Lesson dock (commit a prediction, Run, answer the replay question,
// the toolbar's Run for the challenge) on real runs, a picture of each prediction, reveal and
// replay question saved for eyes. Started by the environment variable PROCLAB_LESSON_WALK=DIR (no
// option a student would meet); it quits the application with 0 when every lesson reached its
// challenge and was checked on a second run, and 1 with a message naming the lesson otherwise.
#pragma once

#include <QString>

namespace proclab::ui {

class MainWindow;

// Starts the walk once the event loop runs, if PROCLAB_LESSON_WALK is set. Pictures go to that
// directory; PROCLAB_LESSON_WALK_ONLY=ID limits the walk to one lesson.
void startLessonWalkIfAsked(MainWindow* window);

} // namespace proclab::ui
