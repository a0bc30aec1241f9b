// A lesson's Markdown shown read-only: [[term]] becomes a glossary link whose definition shows
// as a tooltip, event:QUERY links are reported (the panel moves the time cursor), and nothing
// is ever loaded: no images, no files, no web (loadResource answers nothing).
#pragma once

#include <QTextBrowser>
#include <map>
#include <string>

namespace proclab::ui {

// One line of a lesson's header (a prompt, an option, a why, the challenge) as HTML: escaped,
// its `code` spans in a fixed-width font (they are Markdown in the file, not literal backticks).
QString lessonLineHtml(const std::string& line);

class LessonText : public QTextBrowser {
    Q_OBJECT
  public:
    explicit LessonText(QWidget* parent = nullptr);
    void setGlossary(std::map<std::string, std::string> glossary);
    void showMarkdown(const QString& markdown);
    QVariant loadResource(int type, const QUrl& name) override;

  signals:
    void eventLinkClicked(const QString& query);

  private:
    std::map<std::string, std::string> glossary_;
    std::vector<std::string> terms_; // gloss:N -> terms_[N]
};

} // namespace proclab::ui
