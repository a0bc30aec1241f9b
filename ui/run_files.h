// Opening and saving runs as a desktop user expects: File → Open Recent, Save (Ctrl+S) that
// writes again where the run came from and asks only the first time, Save As (Ctrl+Shift+S),
// and a file name that always ends in the extension of the chosen format.
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;
class QWidget;

namespace proclab::ui {

class RunModel;

class RunFiles : public QObject {
    Q_OBJECT
  public:
    static constexpr int kMaxRecent = 8;
    RunFiles(QWidget* window, RunModel* model);

    // `path` with the extension of the chosen format appended when it has none of ours:
    // "run" + the ProcLab filter gives "run.proclab"; "run.json" stays as it is.
    static QString withRunExtension(const QString& path, const QString& selectedFilter);
    static QString proclabFilter();
    static QString chromeFilter();

    // The recent files, newest first, only those that still exist.
    QStringList recent() const;
    void addRecent(const QString& path);
    // Fills `menu` with the recent files now and whenever the list changes.
    void attachRecentMenu(QMenu* menu);

    // The file the run on screen was opened from or last saved to; empty for a fresh run.
    QString currentPath() const { return path_; }
    void setCurrentPath(const QString& path);

    // Writes the run on screen to `path` (.json: Chrome trace; else ProcLab's format);
    // returns an error message, empty on success.
    QString saveTo(const QString& path);
    void save();   // to currentPath(), or asks like saveAs() the first time
    void saveAs(); // asks for a file name

  signals:
    void openRequested(const QString& path);
    void recentChanged();
    void saved(const QString& path);

  private:
    void rebuildMenu(QMenu* menu);

    QWidget* window_;
    RunModel* model_;
    QString path_;
};

} // namespace proclab::ui
