// Bad files, lost clients and faults (issue 10), each test made from its reproducer: JSON
// traces with wrong types, strings that are not UTF-8, FIFOs and huge files, a killed CLI,
// bad time-outs, a reader that stopped reading, a runner killed mid-frame, a child whose
// entry throws, and the command line's own checks. Real processes throughout.
#include "cli_process.h"
#include "io/engine_client.h"
#include "io/load_any_trace.h"
#include "io/stream.h"
#include "io/trace_file.h"
#include "test_support.h"
#include "trace/analysis.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

using namespace proclab;
using namespace proclab::test;

namespace {

void writeFile(const QString& path, const std::string& bytes) {
    std::ofstream(path.toStdString(), std::ios::binary) << bytes;
}

// The bytes proclab-engine writes on stdout for one run.
QByteArray realStream(const QStringList& args) {
    QProcess p;
    p.start(QString::fromStdString(enginePath()), args);
    p.waitForFinished(120'000);
    return p.readAllStandardOutput();
}

// Events held in the complete frames of the first `size` bytes of a stream.
size_t eventsInCompleteFrames(const QByteArray& stream, size_t size) {
    size_t pos = 0, events = 0;
    while (size - pos >= 8) {
        uint32_t type = 0, length = 0;
        std::memcpy(&type, stream.constData() + pos, 4);
        std::memcpy(&length, stream.constData() + pos + 4, 4);
        if (size - pos - 8 < length)
            break;
        if (type == static_cast<uint32_t>(FrameType::Events))
            events += length / sizeof(EventRecord);
        pos += 8 + length;
    }
    return events;
}

} // namespace

class TestRobustness : public QObject {
    Q_OBJECT

  private slots:
    // Found 1: a JSON trace whose members have the wrong types gets a message, not an abort.
    void jsonTraceWithWrongTypes_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("format is a number") << QByteArray(R"({"proclab":{"format":1}})");
        QTest::newRow("format is null") << QByteArray(R"({"proclab":{"format":null}})");
        QTest::newRow("proclab is an array") << QByteArray(R"({"proclab":[1,2]})");
        QTest::newRow("version is a string")
            << QByteArray(R"({"proclab":{"format":"proclab-chrome-trace","version":"1"}})");
        QTest::newRow("version is huge") << QByteArray(
            R"({"proclab":{"format":"proclab-chrome-trace","version":18446744073709551615}})");
        QTest::newRow("nativeTrace is a number") << QByteArray(
            R"({"proclab":{"format":"proclab-chrome-trace","version":1,"nativeTrace":5}})");
        QTest::newRow("not UTF-8") << QByteArray("{\"proclab\":{\"format\":\"\xff\xfe\"}}");
        QTest::newRow("deep nesting") << QByteArray("{\"proclab\":" + QByteArray(100000, '['));
        QTest::newRow("our head, bad body")
            << QByteArray("{\"proclab\":{\"format\":7,\"version\":[]},\"traceEvents\":[]}");
    }
    void jsonTraceWithWrongTypes() {
        QFETCH(QByteArray, json);
        QTemporaryDir dir;
        const QString file = dir.filePath("f.json");
        writeFile(file, json.toStdString());
        Trace trace;
        const std::string error = loadAnyTrace(file.toStdString(), trace);
        QVERIFY(!error.empty());
        QVERIFY2(error.starts_with(file.toStdString() + ": "), error.c_str());
        QCOMPARE(trace.size(), size_t(0));
        // The reproducer: `proclab show f.json` said exit 134.
        const CliResult r = runCli({"show", file});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.stderrText.count('\n'), 1);
        QVERIFY2(r.stderrText.startsWith("proclab: " + file.toUtf8()), r.stderrText.constData());
    }

    // Found 2: `proclab show --json` of a trace whose strings are not valid UTF-8.
    void showJsonWithInvalidUtf8() {
        EngineRun run = runDemo("process-basics", "fork", {{"sleep_ms", "1"}});
        QCOMPARE(run.exitCode, 0);
        Trace& t = run.trace;
        t.variant += "\xff";
        t.lanes[0].name += "\xc3"; // a cut two-byte character
        t.params["k\xfe"] = 1;
        QVERIFY(!t.texts.empty());
        t.texts[0] += "\xed\xa0\x80"; // a UTF-16 surrogate, not allowed in UTF-8
        QTemporaryDir dir;
        const QString file = dir.filePath("bad-utf8.proclab");
        QVERIFY(saveTrace(t, file.toStdString()).empty());
        const CliResult r = runCli({"show", "--json", file});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(r.stdoutText, &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, r.stdoutText.left(200).constData());
        QVERIFY(doc.object().value("variant").toString().contains(QChar(0xFFFD)));
        QCOMPARE(runCli({"show", file}).exitCode, 0);
    }

    // Found 5: a FIFO, a folder, a device and huge sparse files, refused without hanging or
    // reading them whole.
    void notRegularOrHugeFiles() {
        QTemporaryDir dir;
        const std::string fifo = dir.filePath("fifo.proclab").toStdString();
        QCOMPARE(mkfifo(fifo.c_str(), 0600), 0);
        Trace trace;
        std::string error = loadAnyTrace(fifo, trace);
        QVERIFY2(error.find("pipe (FIFO)") != std::string::npos, error.c_str());
        error = loadAnyTrace(dir.path().toStdString(), trace);
        QVERIFY2(error.find("folder") != std::string::npos, error.c_str());
        error = loadAnyTrace("/dev/zero", trace);
        QVERIFY2(error.find("device") != std::string::npos, error.c_str());

        for (const bool withMagic : {false, true}) {
            const std::string huge = dir.filePath("huge.proclab").toStdString();
            const int fd = open(huge.c_str(), O_CREAT | O_TRUNC | O_WRONLY, 0600);
            QVERIFY(fd >= 0);
            if (withMagic)
                QVERIFY(write(fd, "PROCLAB", 7) == 7);
            QCOMPARE(ftruncate(fd, off_t(40) << 30), 0); // 40 GB, sparse
            close(fd);
            error = loadAnyTrace(huge, trace);
            QVERIFY2(!error.empty(), huge.c_str());
            if (withMagic && looksLikeNativeTrace(std::string("PROCLAB") + std::string(64, '\0')))
                QVERIFY2(error.find("larger than any trace") != std::string::npos, error.c_str());
        }
        const CliResult r = runCli({"show", QString::fromStdString(fifo)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.stderrText.contains("pipe (FIFO)"), r.stderrText.constData());
    }

    // Found 3: kill -9 of the CLI takes the runner and every demo process with it.
    void killedCliTakesEverythingWithIt() {
        QProcess cli;
        cli.setProgram(proclabPath());
        cli.setArguments({"run", "process-basics", "--set", "sleep_ms=60000"});
        cli.start();
        QVERIFY(cli.waitForStarted());
        const pid_t cliPid = static_cast<pid_t>(cli.processId());
        // The runner, the demo's main and its two workers: wait until all four exist.
        std::vector<ProcessId> tree;
        for (int i = 0; i < 600 && tree.size() < 4; ++i) {
            usleep(50'000);
            tree = descendants(cliPid);
        }
        QVERIFY2(tree.size() >= 4, "the demo's processes never started");
        QCOMPARE(kill(cliPid, SIGKILL), 0);
        QVERIFY(cli.waitForFinished(10'000));
        // Bounded wait for the cascade (it takes milliseconds; PR_SET_PDEATHSIG is immediate).
        std::vector<ProcessId> alive = tree;
        for (int i = 0; i < 200 && !alive.empty(); ++i) {
            usleep(25'000);
            std::erase_if(alive, [](const ProcessId& p) { return !isAlive(p); });
        }
        QVERIFY2(alive.empty(), "a process of the run outlived the killed CLI");
    }

    // Found 4: bad time-outs are refused with one message and exit code 2.
    void badTimeouts_data() {
        QTest::addColumn<QString>("value");
        for (const char* v :
             {"nan", "inf", "-inf", "-1", "0", "1e-10", "2e10", "90000", "abc", "", "1e400"})
            QTest::newRow(v) << QString(v);
    }
    void badTimeouts() {
        QFETCH(QString, value);
        const CliResult r = runCli({"run", "process-basics", "--timeout", value});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.stderrText.count('\n'), 1);
        QVERIFY2(r.stderrText.contains("--timeout expects seconds between 0.001 and 86400"),
                 r.stderrText.constData());
        QVERIFY(r.stderrText.size() < 200);
        QVERIFY(r.stdoutText.isEmpty());
        const EngineRun e = runEngine({"run", "process-basics", "--timeout", value.toStdString()});
        QCOMPARE(e.exitCode, 2);
        QVERIFY2(e.stderrText.find("--timeout expects") != std::string::npos, e.stderrText.c_str());
        QCOMPARE(std::count(e.stderrText.begin(), e.stderrText.end(), '\n'), 1);
    }

    // A large valid time-out does not fire at once (the overflowing cast did); a short one
    // fires with one plain message.
    void validTimeouts() {
        CliResult r =
            runCli({"run", "process-basics", "--set", "sleep_ms=1", "--timeout", "86400"});
        QCOMPARE(r.exitCode, 0);
        r = runCli({"run", "process-basics", "--set", "sleep_ms=60000", "--timeout", "0.3"});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.stderrText.contains("proclab: timed out after 0.3 s"), r.stderrText.constData());
        QVERIFY(!r.stderrText.contains("timed out: timed out"));
    }

    // A worker stopped with SIGSTOP cannot hold the run past its time-out (SIGKILL ends a
    // stopped process too), and nothing of the run is left afterwards.
    void stoppedWorkerAndTimeout() {
        QProcess cli;
        cli.start(proclabPath(),
                  {"run", "process-basics", "--set", "sleep_ms=60000", "--timeout", "1"});
        QVERIFY(cli.waitForStarted());
        const pid_t cliPid = static_cast<pid_t>(cli.processId());
        std::vector<ProcessId> tree;
        for (int i = 0; i < 600 && tree.size() < 4; ++i) {
            usleep(50'000);
            tree = descendants(cliPid);
        }
        QVERIFY2(tree.size() >= 4, "the demo's processes never started");
        QCOMPARE(kill(tree.back().pid, SIGSTOP), 0); // the last one found: a worker
        QVERIFY(cli.waitForFinished(60'000));
        QCOMPARE(cli.exitCode(), 3);
        for (const ProcessId& p : tree)
            QVERIFY2(!isAlive(p), "a process of the run outlived it");
    }

    // Found 4: the time-out ends the demo even while the runner is blocked writing to a reader
    // that stopped reading.
    void stalledReaderStillTimesOut() {
        int fds[2];
        QCOMPARE(pipe2(fds, O_CLOEXEC), 0);
        fcntl(fds[1], F_SETPIPE_SZ, 4096);
        fcntl(fds[1], F_SETFL, O_NONBLOCK);
        size_t junk = 0;
        while (write(fds[1], "x", 1) == 1)
            ++junk; // the pipe is full before the runner writes its first byte
        fcntl(fds[1], F_SETFL, 0);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
        const std::string engine = enginePath();
        std::vector<std::string> args = {
            "proclab-engine", "run", "process-basics", "--set", "sleep_ms=60000",
            "--timeout",      "0.3"};
        std::vector<char*> argv;
        for (std::string& a : args)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        pid_t runner = 0;
        QCOMPARE(posix_spawn(&runner, engine.c_str(), &actions, nullptr, argv.data(), environ), 0);
        posix_spawn_file_actions_destroy(&actions);
        close(fds[1]);
        // Without reading a byte: the demo's processes must end (bounded wait, 30 s; the demo
        // itself would sleep 60 s).
        std::vector<ProcessId> demo;
        for (int i = 0; i < 400 && demo.size() < 3; ++i) {
            usleep(25'000);
            demo = descendants(runner);
        }
        QVERIFY2(demo.size() >= 3, "the demo's processes never started");
        std::vector<ProcessId> alive = demo;
        for (int i = 0; i < 1200 && !alive.empty(); ++i) {
            usleep(25'000);
            std::erase_if(alive, [](const ProcessId& p) { return !isAlive(p); });
        }
        QVERIFY2(alive.empty(), "the time-out did not end the demo while the reader stalled");
        // Now read: after the junk, a whole stream whose end says "timed out".
        std::string bytes;
        char buf[65536];
        for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;)
            bytes.append(buf, static_cast<size_t>(n));
        close(fds[0]);
        int status = 0;
        QCOMPARE(waitpid(runner, &status, 0), runner);
        QCOMPARE(WEXITSTATUS(status), 3);
        StreamDecoder decoder;
        QVERIFY(decoder.feed(std::string_view(bytes).substr(junk)));
        QVERIFY(decoder.end().seen);
        QCOMPARE(decoder.end().status, RunStatus::TimedOut);
        QCOMPARE(decoder.end().message, std::string("timed out after 0.3 s"));
    }

    // Found 6: a pool trace without pool finishes (a run cut short at once) is analysed
    // without signed overflow (the asan build checks that), then shown.
    void poolTraceWithoutPoolEvents() {
        Trace t;
        t.demo = "pool-square";
        QVERIFY(analysePool(t, 0).utilisation.empty());
        EventRecord r{};
        r.t_ns = t.t0 + 10;
        r.kind = static_cast<uint8_t>(EventKind::PoolTaskStarted);
        r.b = 3;
        t.appendRecords(std::vector<EventRecord>{r});
        const PoolAnalysis p = analysePool(t, 0);
        QCOMPARE(p.tasks.size(), size_t(1));
        QVERIFY(p.utilisation.empty());
        QTemporaryDir dir;
        const QString file = dir.filePath("x.proclab");
        const CliResult run = runCli({"run", "pool-square", "--timeout", "0.001", "--trace", file});
        QVERIFY2(run.exitCode == 3 || run.exitCode == 0, run.stderrText.constData());
        const CliResult show = runCli({"show", file});
        QCOMPARE(show.exitCode, 0);
    }

    // Found 7: the stream of a runner killed at any byte keeps every complete frame.
    void streamCutAtEveryByte() {
        const QByteArray stream = realStream({"run", "pool-square"});
        QVERIFY(stream.size() > 100);
        size_t previous = 0;
        for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
            StreamDecoder decoder;
            QVERIFY(decoder.feed(std::string_view(stream.constData(), static_cast<size_t>(cut))));
            const size_t expected = eventsInCompleteFrames(stream, static_cast<size_t>(cut));
            QCOMPARE(decoder.trace().size(), expected);
            QVERIFY(decoder.trace().size() >= previous);
            previous = decoder.trace().size();
            QCOMPARE(decoder.end().seen, cut == stream.size());
        }
    }

    // Found by fuzz_event_stream: an Events frame with no records (memcpy from a null pointer,
    // undefined behaviour) is accepted and adds nothing.
    void emptyEventsFrame() {
        const uint32_t frame[2] = {static_cast<uint32_t>(FrameType::Events), 0};
        StreamDecoder decoder;
        QVERIFY(decoder.feed(std::string_view(reinterpret_cast<const char*>(frame), 8)));
        QCOMPARE(decoder.trace().size(), size_t(0));
        QVERIFY(!decoder.hasPartialFrame());
    }

    // Found 7, end to end: a runner that dies in the middle of a frame; what arrived is kept,
    // and the run is said to be cut short (by runEngine and by the CLI, which saves nothing).
    void runnerKilledMidFrame() {
        const QByteArray stream = realStream({"run", "process-basics", "--set", "sleep_ms=1"});
        // Cut in the middle of the last Events frame.
        size_t pos = 0, lastEventsFrame = 0;
        while (pos + 8 <= static_cast<size_t>(stream.size())) {
            uint32_t type = 0, length = 0;
            std::memcpy(&type, stream.constData() + pos, 4);
            std::memcpy(&length, stream.constData() + pos + 4, 4);
            if (type == static_cast<uint32_t>(FrameType::Events) && length >= 2 * 32)
                lastEventsFrame = pos;
            pos += 8 + length;
        }
        QVERIFY(lastEventsFrame > 0);
        const size_t cut = lastEventsFrame + 8 + 40;
        QTemporaryDir dir;
        const QString bytes = dir.filePath("stream.bin");
        writeFile(bytes, stream.left(static_cast<qsizetype>(cut)).toStdString());
        const QString fake = dir.filePath("dying-engine.sh");
        writeFile(fake, "#!/bin/sh\ncat '" + bytes.toStdString() + "'\nkill -9 $$\n");
        QFile::setPermissions(fake, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        const EngineRunResult r = proclab::runEngine(fake.toStdString(), {"run", "x"});
        QVERIFY2(r.error.empty(), r.error.c_str());
        QVERIFY(r.cutShort);
        QCOMPARE(r.exitCode, -SIGKILL);
        QCOMPARE(r.trace.size(), eventsInCompleteFrames(stream, cut));
        QVERIFY(r.trace.size() > 0);
        QVERIFY2(r.cutShortReason.find("middle of a frame") != std::string::npos,
                 r.cutShortReason.c_str());

        const QString traceFile = dir.filePath("never.proclab");
        const CliResult cli =
            runCli({"run", "process-basics", "--trace", traceFile}, {{"PROCLAB_ENGINE", fake}});
        QCOMPARE(cli.exitCode, 1);
        QVERIFY2(cli.stdoutText.contains("CUT SHORT"), cli.stdoutText.constData());
        QVERIFY2(cli.stderrText.contains("cut short"), cli.stderrText.constData());
        QVERIFY(!QFile::exists(traceFile));
    }

    // Found 8: an exception escaping a child's entry ends the child with exit code 1; it never
    // unwinds into the parent's code (which would run twice).
    void exceptionInChildEntry() {
        QProcess p;
        p.start(qEnvironmentVariable("PROCLAB_FIXTURES") + "/runtime_probe", {"throw"});
        QVERIFY(p.waitForFinished(60'000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(out.count("after_start"), 1);
        QVERIFY2(out.contains("exitcode thrower 1"), qPrintable(out));
    }

    // Issue 9, item 15: the command line's own checks.
    void unknownCommandOrNoDisplay() {
        const QMap<QString, QString> noDisplay = {
            {"DISPLAY", ""}, {"WAYLAND_DISPLAY", ""}, {"QT_QPA_PLATFORM", ""}};
        CliResult r = runCli({"lsit"}, noDisplay);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.stderrText.contains("'lsit' is no command and no file"),
                 r.stderrText.constData());
        r = runCli({"lsit"});
        QCOMPARE(r.exitCode, 2); // with a display too: a typo is not a file to open
        QTemporaryDir dir;
        const QString file = dir.filePath("run.proclab");
        writeFile(file, "x");
        r = runCli({file}, noDisplay);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.stderrText.contains("no display"), r.stderrText.constData());
        r = runCli({}, noDisplay);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.stderrText.contains("no display"), r.stderrText.constData());
        // DISPLAY set, but to a server that is not there (a closed Xvfb, ssh without X): Qt's
        // abort became exit 134 with a core dump; it must be a line and exit 2 too.
        const QMap<QString, QString> deadDisplay = {
            {"DISPLAY", ":987"}, {"WAYLAND_DISPLAY", ""}, {"QT_QPA_PLATFORM", "xcb"}};
        r = runCli({file}, deadDisplay);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.stderrText.contains("no display could be reached (DISPLAY=:987)"),
                 r.stderrText.constData());
    }

    void outputPathsCheckedBeforeTheRun_data() {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("path");
        QTest::newRow("trace in /proc") << "--trace"
                                        << "/proc/x.json";
        QTest::newRow("trace, no folder") << "--trace"
                                          << "/nonexistent/x.proclab";
        QTest::newRow("export in /proc") << "--export"
                                         << "/proc/x.png";
        QTest::newRow("trace is a folder") << "--trace"
                                           << "/tmp";
    }
    void outputPathsCheckedBeforeTheRun() {
        QFETCH(QString, option);
        QFETCH(QString, path);
        const CliResult r = runCli({"run", "process-basics", "--set", "sleep_ms=1", option, path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.stderrText.startsWith("proclab: cannot write " + path.toUtf8()),
                 r.stderrText.constData());
        QVERIFY2(r.stdoutText.isEmpty(), "the demo ran before the path was checked");
    }

    void hugeResultLineShortenedInTextOnly() {
        CliResult r = runCli({"run", "pool-square", "--set", "n=100000"});
        QCOMPARE(r.exitCode, 0);
        for (const QByteArray& line : r.stdoutText.split('\n'))
            QVERIFY2(line.size() <= 400, line.left(100).constData());
        QVERIFY(r.stdoutText.contains("--json prints the whole line"));
        r = runCli({"run", "pool-square", "--set", "n=100000", "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonDocument doc = QJsonDocument::fromJson(r.stdoutText);
        QVERIFY(doc.isObject());
        QVERIFY(r.stdoutText.contains("10000000000")); // 100000², the last square, whole
    }
};

QTEST_GUILESS_MAIN(TestRobustness)
#include "tst_robustness.moc"
