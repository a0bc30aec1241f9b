#include "ui/help_dialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

#ifndef PROCLAB_VERSION
#define PROCLAB_VERSION "unknown"
#endif

namespace proclab::ui {

namespace {
QString plain(QString text) {
    // "&Open Run…" → "Open Run…"; Chinese "打开(&O)…" → "打开…".
    static const QRegularExpression mnemonic(QStringLiteral("\\(&.\\)"));
    text.remove(mnemonic);
    return text.remove(QLatin1Char('&'));
}

void collect(const QMenu* menu, const QString& path, QList<QPair<QString, QString>>& out) {
    for (QAction* a : menu->actions()) {
        if (a->isSeparator())
            continue;
        const QString name = path + QStringLiteral(" → ") + plain(a->text());
        if (a->menu()) {
            collect(a->menu(), name, out);
            continue;
        }
        QStringList keys;
        for (const QKeySequence& k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        if (!keys.isEmpty())
            out.append({name, keys.join(QStringLiteral(", "))});
    }
}

void showHtml(QWidget* parent, const QString& title, const QString& html) {
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto* layout = new QVBoxLayout(&dialog);
    auto* text = new QTextBrowser(&dialog);
    text->setOpenExternalLinks(true);
    text->setHtml(html);
    layout->addWidget(text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    // Large enough to read without scrolling on a 1024×700 projector, in presentation mode too.
    const QFontMetrics fm(dialog.font());
    dialog.resize(fm.averageCharWidth() * 80, fm.lineSpacing() * 30);
    dialog.exec();
}

QString shortcutTable(const QMenuBar* menus) {
    QString html = QStringLiteral("<table cellpadding='3'>");
    for (const auto& [name, keys] : menuShortcuts(menus))
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(keys.toHtmlEscaped(), name.toHtmlEscaped());
    return html + QStringLiteral("</table>");
}
} // namespace

QString proclabVersion() {
    return QStringLiteral(PROCLAB_VERSION);
}

QList<QPair<QString, QString>> menuShortcuts(const QMenuBar* menus) {
    QList<QPair<QString, QString>> out;
    if (!menus)
        return out;
    for (QAction* a : menus->actions())
        if (a->menu())
            collect(a->menu(), plain(a->text()), out);
    return out;
}

QString userGuideHtml(const QMenuBar* menus) {
    QString html = QCoreApplication::translate(
        "HelpDialog",
        "<h2>ProcLab in five steps</h2>"
        "<ol>"
        "<li><b>Choose</b> a demo and a variant in the toolbar. Its Python code appears on the "
        "right: read it with the class and let them predict what will happen.</li>"
        "<li><b>Run</b> it (F5). Every lane of the timeline is a real operating-system process "
        "(or a thread, where the demo says so); the run draws itself live.</li>"
        "<li><b>Replay</b> it: drag the slider under the timeline, step from event to event "
        "with the arrow keys, or press Space to play it slowly. The code panel marks the line "
        "each process is on; the panels on the right follow the cursor.</li>"
        "<li><b>Change</b> a parameter (more processes, more items, a smaller queue) and run "
        "again. Races differ from run to run: that is the lesson, not a fault.</li>"
        "<li><b>Keep</b> what you saw: File → Save Run keeps the whole run, File → Export "
        "makes a picture (PNG, SVG, PDF) for slides.</li>"
        "</ol>"
        "<p>On a projector: View → Presentation Mode (F11) makes every text larger and fills "
        "the screen; Esc leaves it. Ctrl+Plus and Ctrl+Minus change the text size.</p>");
    if (menus)
        html += QCoreApplication::translate("HelpDialog", "<h3>Keyboard shortcuts</h3>") +
                shortcutTable(menus);
    return html;
}

void showUserGuide(QWidget* parent, const QMenuBar* menus) {
    showHtml(parent, QCoreApplication::translate("HelpDialog", "ProcLab User Guide"),
             userGuideHtml(menus));
}

void showShortcuts(QWidget* parent, const QMenuBar* menus) {
    showHtml(parent, QCoreApplication::translate("HelpDialog", "Keyboard Shortcuts"),
             QCoreApplication::translate("HelpDialog", "<h3>Keyboard shortcuts</h3>") +
                 shortcutTable(menus));
}

void showAbout(QWidget* parent) {
    QMessageBox::about(parent, QCoreApplication::translate("HelpDialog", "About ProcLab"),
                       QCoreApplication::translate(
                           "HelpDialog",
                           "<h3>ProcLab %1</h3><p>A process lab for teaching Python-style "
                           "multiprocessing. Every run uses real operating-system processes; what "
                           "you see is what happened.</p><p>Built with Qt %2.</p>")
                           .arg(proclabVersion(), QString::fromLatin1(qVersion())));
}

} // namespace proclab::ui
