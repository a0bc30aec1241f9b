#include "ui/scheduler/level_text.h"

#include <QCoreApplication>

#include <optional>

namespace proclab::ui {
namespace {

QString t(const char* text) {
    return QCoreApplication::translate("SchedulerLevels", text);
}

// The counter race: Value, += and get_lock().
std::optional<LevelText> counterLevel(const std::string& id) {
    if (id == "one-lost")
        return LevelText{
            t(QT_TRANSLATE_NOOP("SchedulerLevels", "1. Two processes, one increment each")),
            t(QT_TRANSLATE_NOOP(
                "SchedulerLevels",
                "counter.value += 1 in two processes. Make the final counter 1, not 2.")),
            t(QT_TRANSLATE_NOOP(
                "SchedulerLevels",
                "Both processes loaded 0 before either stored, so both stored 0 + 1 = 1: the "
                "second store erased the first. counter.value += 1 is three steps (LOAD, ADD, "
                "STORE), and another process can run between them.")),
            {}};
    if (id == "lowest")
        return LevelText{
            t(QT_TRANSLATE_NOOP("SchedulerLevels", "2. The lowest value: ten increments each")),
            t(QT_TRANSLATE_NOOP(
                "SchedulerLevels",
                "Two processes add 1 ten times each. Make the counter end at 2, the lowest "
                "value possible.")),
            t(QT_TRANSLATE_NOOP(
                "SchedulerLevels",
                "Worker 1 loaded 0 and waited while worker 2 did nine increments: its store "
                "of 1 erased all nine. Worker 2 then loaded that 1 and waited while worker 1 "
                "did the rest: its store of 2 erased those. 18 of 20 increments lost. It "
                "cannot go lower: a last store always writes at least 1 + 1.")),
            {}};
    if (id == "lose-three")
        return LevelText{
            t(QT_TRANSLATE_NOOP("SchedulerLevels", "3. Lose exactly three updates")),
            t(QT_TRANSLATE_NOOP(
                "SchedulerLevels",
                "Value('i', 0) with its default lock, two processes of five increments each. "
                "Make the final counter 7: exactly three updates lost.")),
            t(QT_TRANSLATE_NOOP(
                "SchedulerLevels",
                "Three times both processes loaded the same value before either stored, and "
                "each time one increment was erased. The Value's own lock guards the load and "
                "the store one at a time, never the whole +=, so it does not prevent this.")),
            {}};
    if (id == "get-lock")
        return LevelText{
            t(QT_TRANSLATE_NOOP("SchedulerLevels", "4. With get_lock(): try to lose one")),
            t(QT_TRANSLATE_NOOP(
                "SchedulerLevels",
                "The whole += inside with counter.get_lock(), two processes of three "
                "increments each. Try to lose an update.")),
            t(QT_TRANSLATE_NOOP(
                "SchedulerLevels",
                "An update was lost under get_lock(): that must never happen. Please report "
                "it.")),
            t(QT_TRANSLATE_NOOP(
                "SchedulerLevels",
                "You could not, and nobody can: while one process holds the lock, the other "
                "one's button stays disabled at lock.acquire() (it would wait). One process's "
                "LOAD, ADD and STORE always finish before the other loads. Final 6, nothing "
                "lost."))};
    return std::nullopt;
}

// The queue: empty() as a snapshot, a full queue nobody drains, the sentinel.
std::optional<LevelText> queueLevel(const std::string& id) {
    if (id == "empty-pitfall")
        return LevelText{
            t(QT_TRANSLATE_NOOP("SchedulerLevels", "5. The consumer quits too early")),
            t(QT_TRANSLATE_NOOP(
                "SchedulerLevels",
                "The consumer stops as soon as q.empty() says True. Make it quit while the "
                "producer still has items to put.")),
            t(QT_TRANSLATE_NOOP(
                "SchedulerLevels",
                "The consumer saw an empty queue and quit; the producer goes on putting items "
                "nobody will get. empty() is a snapshot: empty now does not mean nothing more "
                "will come. End with a sentinel (None) instead.")),
            {}};
    if (id == "deadlock")
        return LevelText{
            t(QT_TRANSLATE_NOOP("SchedulerLevels", "6. Deadlock the producer")),
            t(QT_TRANSLATE_NOOP(
                "SchedulerLevels",
                "Queue(maxsize=2), and main joins the producer before it starts the consumer. "
                "Get the producer stuck.")),
            t(QT_TRANSLATE_NOOP(
                "SchedulerLevels",
                "The queue is full and nobody drains it: the producer waits in put(), and "
                "main's join() waits for the producer. Here join(timeout) gave up; without a "
                "timeout it would wait forever. Start the consumer before joining the "
                "producer.")),
            {}};
    if (id == "sentinel")
        return LevelText{
            t(QT_TRANSLATE_NOOP("SchedulerLevels", "Free play: the sentinel")),
            t(QT_TRANSLATE_NOOP(
                "SchedulerLevels",
                "The producer ends with None, the consumer waits in get() until it comes. Try "
                "to make the consumer quit early.")),
            {},
            {}};
    return std::nullopt;
}

// The shared Array without a lock.
std::optional<LevelText> arrayLevel(const std::string& id) {
    if (id == "array-one-lost")
        return LevelText{
            t(QT_TRANSLATE_NOOP("SchedulerLevels", "7. Lose an update in the Array")),
            t(QT_TRANSLATE_NOOP(
                "SchedulerLevels",
                "Array('d', 2, lock=False): two processes add 1 to each of its two elements. "
                "Lose an update on one element of the Array, and none on the other.")),
            t(QT_TRANSLATE_NOOP(
                "SchedulerLevels",
                "Both processes loaded arr[0] = 0.0 before either stored: both stored 1.0, "
                "and one update of arr[0] was lost. arr[1] was done one process after the "
                "other: 2.0, nothing lost. arr[i] += 1 is LOAD, ADD, STORE on each element, "
                "like a Value; lock=False means nothing guards them.")),
            {}};
    if (id == "shared-array")
        return LevelText{
            t(QT_TRANSLATE_NOOP("SchedulerLevels", "Free play: an Array without a lock")),
            t(QT_TRANSLATE_NOOP(
                "SchedulerLevels",
                "Two processes add 1 to both cells of Array('d', 2, lock=False). Step them and "
                "watch the cells.")),
            {},
            {}};
    return std::nullopt;
}

} // namespace

LevelText levelText(const std::string& id) {
    for (auto level : {counterLevel, queueLevel, arrayLevel})
        if (std::optional<LevelText> text = level(id))
            return *text;
    return {QString::fromStdString(id), {}, {}, {}};
}

QString levelMissedText() {
    return t(QT_TRANSLATE_NOOP(
        "SchedulerLevels",
        "Not this time: the run ended without reaching the goal. Undo the last step or "
        "Reset, and try another order."));
}

} // namespace proclab::ui
