// For eyes only (skipped unless $PROCLAB_UI_SHOTS names a directory): the main window during
// and after live runs, at a projector's 1024x700 and at 1920x1080, in English and Chinese.
// Run it under Xvfb with QT_QPA_PLATFORM=xcb to see the real window system's rendering.
#include "demos/catalog.h"
#include "ui/demo_toolbar.h"
#include "ui/gui_entry.h"
#include "ui/main_window.h"
#include "ui/model/engine_process.h"
#include "ui/model/run_model.h"

#include <QAction>
#include <QFileInfo>
#include <QSpinBox>
#include <QTest>
#include <QToolBar>

using namespace proclab;
using namespace proclab::ui;

namespace {
// The toolbar's spin box of parameter `name` of `demo` (the boxes follow the catalog's order).
QSpinBox* paramBox(MainWindow& w, const std::string& demo, const std::string& name) {
    auto* bar = w.findChild<DemoToolbar*>();
    const auto spins = bar->paramsBar()->findChildren<QSpinBox*>();
    for (const DemoSpec& d : demoCatalog()) {
        if (d.id != demo)
            continue;
        for (size_t i = 0; i < d.params.size() && i < static_cast<size_t>(spins.size()); ++i)
            if (d.params[i].name == name)
                return spins[static_cast<qsizetype>(i)];
    }
    return nullptr;
}

void shot(QWidget& w, const QString& name) {
    QCoreApplication::processEvents();
    w.grab().save(qEnvironmentVariable("PROCLAB_UI_SHOTS") + QLatin1Char('/') + name +
                  QStringLiteral(".png"));
}
} // namespace

class TestLiveShots : public QObject {
    Q_OBJECT
  private slots:
    void liveRunsAtThreeMoments_data() {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QSize>("size");
        QTest::newRow("en-1024") << QStringLiteral("en") << QSize(1024, 700);
        QTest::newRow("zh-1024") << QStringLiteral("zh_CN") << QSize(1024, 700);
        QTest::newRow("en-1920") << QStringLiteral("en") << QSize(1920, 1080);
        QTest::newRow("zh-1920") << QStringLiteral("zh_CN") << QSize(1920, 1080);
    }

    void liveRunsAtThreeMoments() {
        if (qEnvironmentVariableIsEmpty("PROCLAB_UI_SHOTS") ||
            !QFileInfo(enginePath()).isExecutable())
            QSKIP("set PROCLAB_UI_SHOTS (and PROCLAB_ENGINE) to take the pictures");
        QFETCH(QString, lang);
        QFETCH(QSize, size);
        installTranslators(lang);
        const QString tag = lang + QLatin1Char('-') + QString::number(size.width());
        MainWindow w;
        w.resize(size);
        w.show();
        auto* bar = w.findChild<DemoToolbar*>();

        bar->selectDemo(QStringLiteral("process-basics"), QStringLiteral("fork"));
        QTest::qWait(300);
        shot(w, tag + QStringLiteral("-basics-0-choice"));
        paramBox(w, "process-basics", "sleep_ms")->setValue(5000);
        bar->runAction()->trigger();
        QTest::qWait(1500);
        shot(w, tag + QStringLiteral("-basics-1-live-1.5s"));
        QTest::qWait(2000);
        shot(w, tag + QStringLiteral("-basics-2-live-3.5s"));
        QTRY_VERIFY_WITH_TIMEOUT(!w.model()->isLive(), 30'000);
        QTest::qWait(300);
        shot(w, tag + QStringLiteral("-basics-3-done"));

        bar->selectDemo(QStringLiteral("producer-consumer"), QStringLiteral("deadlock"));
        paramBox(w, "producer-consumer", "join_timeout_ms")->setValue(60000);
        bar->runAction()->trigger();
        QTest::qWait(2000);
        shot(w, tag + QStringLiteral("-deadlock-1-live"));
        bar->stopAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!w.model()->isLive(), 30'000);
        QTest::qWait(300);
        shot(w, tag + QStringLiteral("-deadlock-2-stopped"));

        bar->selectDemo(QStringLiteral("counter-race"), QStringLiteral("raw"));
        paramBox(w, "counter-race", "iterations")->setValue(200000);
        bar->runAction()->trigger();
        QTest::qWait(1500);
        shot(w, tag + QStringLiteral("-heavy-1-live"));
        bar->stopAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!w.model()->isLive(), 60'000);
        QTest::qWait(300);
        shot(w, tag + QStringLiteral("-heavy-2-stopped"));
    }
};

QTEST_MAIN(TestLiveShots)
#include "tst_live_shots.moc"
