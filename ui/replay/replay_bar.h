// Replay controls under the timeline: play/pause, step to the previous/next event, scrub, and
// speed. When narrow (a 1024-pixel projector with the side panels open) the slider takes a row
// of its own so that it stays long enough to scrub with. Playback time is scaled so that 1× shows
// the whole run in kSecondsAt1x seconds: runs last milliseconds, far too fast to follow in real
// time.
#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QSlider;
class QToolButton;

namespace proclab::ui {

class RunModel;

class ReplayBar : public QWidget {
    Q_OBJECT
  public:
    static constexpr double kSecondsAt1x = 10.0;
    explicit ReplayBar(RunModel* model, QWidget* parent = nullptr);

    static constexpr int kNarrowWidth = 720; // below this the slider gets its own row
    bool isPlaying() const { return timer_.isActive(); }
    bool sliderOnOwnRow() const { return sliderOnOwnRow_; }
    double speed() const;

  public slots:
    void togglePlay();
    void play();
    void pause();

  protected:
    void resizeEvent(QResizeEvent* e) override;

  private:
    void placeSlider(bool ownRow);
    void tick();
    void syncToCursor();
    void applyTheme();

    RunModel* model_;
    QGridLayout* grid_;
    bool sliderOnOwnRow_ = false;
    QToolButton* start_;
    QToolButton* prev_;
    QToolButton* play_;
    QToolButton* next_;
    QToolButton* end_;
    QSlider* slider_;
    QComboBox* speed_;
    QLabel* time_;
    QTimer timer_;
    QElapsedTimer clock_;
    double position_ = 0; // fractional ns so slow speeds still advance
    bool scrubbing_ = false;
};

} // namespace proclab::ui
