#include "ui/lessons/lesson_text.h"

#include <QCursor>
#include <QRegularExpression>
#include <QToolTip>

namespace proclab::ui {

LessonText::LessonText(QWidget* parent) : QTextBrowser(parent) {
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("event"))
            emit eventLinkClicked(url.path());
    });
    connect(
        this, qOverload<const QUrl&>(&QTextBrowser::highlighted), this, [this](const QUrl& url) {
            bool ok = false;
            const int n = url.path().toInt(&ok);
            if (url.scheme() != QLatin1String("gloss") || !ok || n < 0 ||
                n >= static_cast<int>(terms_.size())) {
                QToolTip::hideText();
                return;
            }
            const std::string& term = terms_[static_cast<size_t>(n)];
            QToolTip::showText(QCursor::pos(),
                               QStringLiteral("<b>%1</b><br>%2")
                                   .arg(QString::fromStdString(term).toHtmlEscaped(),
                                        QString::fromStdString(glossary_[term]).toHtmlEscaped()),
                               this);
        });
}

void LessonText::setGlossary(std::map<std::string, std::string> glossary) {
    glossary_ = std::move(glossary);
}

void LessonText::showMarkdown(const QString& markdown) {
    // [[term]] -> [term](gloss:N): the checker allows only event: links in lessons, so every
    // gloss: link here is ours.
    QString out;
    terms_.clear();
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = markdown.indexOf(QLatin1String("[["), pos);
        const qsizetype close = open < 0 ? -1 : markdown.indexOf(QLatin1String("]]"), open + 2);
        if (close < 0) {
            out += markdown.mid(pos);
            break;
        }
        const QString term = markdown.mid(open + 2, close - open - 2);
        out += markdown.mid(pos, open - pos);
        out += QStringLiteral("[%1](gloss:%2)").arg(term).arg(terms_.size());
        terms_.push_back(term.toStdString());
        pos = close + 2;
    }
    setMarkdown(out);
}

QVariant LessonText::loadResource(int, const QUrl&) {
    return {};
}

QString lessonLineHtml(const std::string& line) {
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    return QString::fromStdString(line).toHtmlEscaped().replace(code,
                                                                QStringLiteral("<code>\\1</code>"));
}

} // namespace proclab::ui
