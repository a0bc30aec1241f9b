#include "ui/replay/replay_bar.h"

#include "ui/model/run_model.h"
#include "ui/style/theme.h"
#include "ui/style/theme_icons.h"
#include "ui/timeline/time_axis.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QSlider>
#include <QToolButton>

namespace proclab::ui {

namespace {
constexpr int kSliderSteps = 10000;
QToolButton* button(QWidget* parent, const QString& tip) {
    auto* b = new QToolButton(parent);
    b->setToolTip(tip);
    b->setAutoRaise(true);
    return b;
}
} // namespace

ReplayBar::ReplayBar(RunModel* model, QWidget* parent) : QWidget(parent), model_(model) {
    setObjectName(QStringLiteral("replayBar"));
    grid_ = new QGridLayout(this);
    grid_->setContentsMargins(6, 2, 6, 2);
    grid_->setVerticalSpacing(0);
    start_ = button(this, tr("Go to the start (Home)"));
    prev_ = button(this, tr("Previous event (Left)"));
    play_ = button(this, tr("Play / pause (Space)"));
    next_ = button(this, tr("Next event (Right)"));
    end_ = button(this, tr("Go to the end (End)"));
    slider_ = new QSlider(Qt::Horizontal, this);
    slider_->setObjectName(QStringLiteral("replaySlider"));
    slider_->setRange(0, kSliderSteps);
    slider_->setToolTip(tr("Scrub through the run"));
    speed_ = new QComboBox(this);
    for (double s : {0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0})
        speed_->addItem(QStringLiteral("%1×").arg(s), s);
    speed_->setCurrentIndex(3);
    speed_->setToolTip(
        tr("Playback speed: 1× plays the whole run in %1 seconds").arg(kSecondsAt1x));
    time_ = new QLabel(this);
    int column = 0;
    for (QWidget* w :
         {static_cast<QWidget*>(start_), static_cast<QWidget*>(prev_), static_cast<QWidget*>(play_),
          static_cast<QWidget*>(next_), static_cast<QWidget*>(end_)})
        grid_->addWidget(w, 1, column++);
    grid_->addWidget(time_, 1, 5);
    grid_->addWidget(speed_, 1, 7);
    grid_->setColumnStretch(6, 1);
    placeSlider(false);

    timer_.setInterval(30);
    connect(&timer_, &QTimer::timeout, this, &ReplayBar::tick);
    connect(play_, &QToolButton::clicked, this, &ReplayBar::togglePlay);
    connect(prev_, &QToolButton::clicked, model_, &RunModel::stepToPreviousEvent);
    connect(next_, &QToolButton::clicked, model_, &RunModel::stepToNextEvent);
    connect(start_, &QToolButton::clicked, this, [this] { model_->setCursor(0); });
    connect(end_, &QToolButton::clicked, this, [this] { model_->setCursor(model_->duration()); });
    connect(slider_, &QSlider::valueChanged, this, [this](int v) {
        if (scrubbing_)
            return;
        model_->setCursor(
            static_cast<qint64>(static_cast<double>(model_->duration()) * v / kSliderSteps));
    });
    connect(model_, &RunModel::cursorChanged, this, &ReplayBar::syncToCursor);
    connect(model_, &RunModel::traceChanged, this, &ReplayBar::syncToCursor);
    connect(model_, &RunModel::liveChanged, this, [this](bool live) {
        pause();
        setEnabled(!live);
    });
    connect(&theme(), &Theme::changed, this, &ReplayBar::applyTheme);
    applyTheme();
    syncToCursor();
}

void ReplayBar::placeSlider(bool ownRow) {
    sliderOnOwnRow_ = ownRow;
    grid_->removeWidget(slider_);
    if (ownRow)
        grid_->addWidget(slider_, 0, 0, 1, 8);
    else
        grid_->addWidget(slider_, 1, 6);
}

void ReplayBar::resizeEvent(QResizeEvent* e) {
    QWidget::resizeEvent(e);
    const bool narrow = e->size().width() < kNarrowWidth * std::max(1.0, theme().textScale());
    if (narrow != sliderOnOwnRow_)
        placeSlider(narrow);
}

void ReplayBar::applyTheme() {
    time_->setFont(theme().labelFont());
    // Wide enough for the longest time it shows, so the row does not jump while playing.
    time_->setMinimumWidth(QFontMetrics(time_->font())
                               .horizontalAdvance(tr("t = %1").arg(QStringLiteral("999.99 ms"))) +
                           8);
    start_->setIcon(themeIcon(ThemeIcon::ToStart));
    prev_->setIcon(themeIcon(ThemeIcon::StepBack));
    next_->setIcon(themeIcon(ThemeIcon::StepForward));
    end_->setIcon(themeIcon(ThemeIcon::ToEnd));
    play_->setIcon(themeIcon(isPlaying() ? ThemeIcon::Pause : ThemeIcon::Play));
    const int icon = static_cast<int>(24 * theme().textScale());
    for (QToolButton* b : {start_, prev_, play_, next_, end_})
        b->setIconSize(QSize(icon, icon));
}

double ReplayBar::speed() const {
    return speed_->currentData().toDouble();
}

void ReplayBar::togglePlay() {
    isPlaying() ? pause() : play();
}

void ReplayBar::play() {
    if (model_->duration() <= 0)
        return;
    if (model_->cursor() >= model_->duration())
        model_->setCursor(0); // play again from the start
    position_ = static_cast<double>(model_->cursor());
    clock_.start();
    timer_.start();
    play_->setIcon(themeIcon(ThemeIcon::Pause));
}

void ReplayBar::pause() {
    timer_.stop();
    play_->setIcon(themeIcon(ThemeIcon::Play));
}

void ReplayBar::tick() {
    const double elapsed = static_cast<double>(clock_.restart()) / 1000.0;
    const double duration = static_cast<double>(model_->duration());
    position_ += elapsed * speed() * duration / kSecondsAt1x;
    if (position_ >= duration) {
        model_->setCursor(model_->duration());
        pause();
        return;
    }
    model_->setCursor(static_cast<qint64>(position_));
}

void ReplayBar::syncToCursor() {
    const double duration = static_cast<double>(model_->duration());
    scrubbing_ = true;
    slider_->setValue(duration > 0 ? static_cast<int>(static_cast<double>(model_->cursor()) /
                                                      duration * kSliderSteps)
                                   : 0);
    scrubbing_ = false;
    time_->setText(
        tr("t = %1").arg(TimeAxis::formatDuration(static_cast<double>(model_->cursor()))));
    if (!isPlaying())
        position_ = static_cast<double>(model_->cursor());
}

} // namespace proclab::ui
