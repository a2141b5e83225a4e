#pragma once

#include <QString>
#include <QStringList>

namespace ql::test {

// A folder whose files this process can read but not change, the way an analyst meets a store on
// a read-only medium or in a colleague's folder. Root ignores permission bits, so root gets a
// tmpfs mounted there and remounted read-only; where a container forbids mounting, root gives up
// the capabilities that bypass permissions (on the calling thread, for the lock's lifetime) and
// the folder is locked by its permissions, as for anyone else. Everything is undone on
// destruction.
class ReadOnlyFolder
{
public:
    explicit ReadOnlyFolder(QString folder);
    ~ReadOnlyFolder();
    ReadOnlyFolder(const ReadOnlyFolder&) = delete;
    ReadOnlyFolder& operator=(const ReadOnlyFolder&) = delete;

    // Empty when the folder is ready to be filled, else why it is not.
    QString prepareError() const { return m_error; }
    // Makes the folder and `file` in it read-only; an error message, or empty.
    QString lock(const QString& file);
    // What to run another process through so that it meets the lock too: capabilities given up
    // by a thread come back at exec, so then `setpriv` drops them from the child's bounding and
    // inheritable sets. Empty when the lock holds for any process.
    QStringList childWrapper() const;
    // How the lock is made: "read-only mount", "permissions without root's capabilities",
    // "permissions".
    QString method() const;

private:
    enum class Mode { Permissions, Mount, DroppedCapabilities };
    QString m_folder;
    QString m_file;
    QString m_error;
    Mode m_mode = Mode::Permissions;
    bool m_mounted = false;
    bool m_capabilitiesDropped = false;
};

} // namespace ql::test
