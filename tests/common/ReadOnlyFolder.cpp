#include "tests/common/ReadOnlyFolder.h"

#include <QDir>
#include <QFile>
#include <QtGlobal>

#include <cerrno>
#include <cstring>
#include <linux/capability.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace ql::test {

namespace {

// The capabilities that let root open any file whatever its permission bits.
constexpr unsigned BypassCapabilities[] = { CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER };

// Sets or clears the bypass capabilities in this thread's effective set (they stay permitted, so
// they can be raised again). glibc has no wrapper; libcap is not worth a dependency for this.
bool setBypassEffective(bool on)
{
    __user_cap_header_struct header {};
    header.version = _LINUX_CAPABILITY_VERSION_3;
    header.pid = 0;
    __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3] {};
    if (::syscall(SYS_capget, &header, data) != 0)
        return false;
    for (const unsigned cap : BypassCapabilities) {
        const unsigned bit = 1u << (cap % 32);
        if (on)
            data[cap / 32].effective |= bit;
        else
            data[cap / 32].effective &= ~bit;
    }
    return ::syscall(SYS_capset, &header, data) == 0;
}

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

ReadOnlyFolder::ReadOnlyFolder(QString folder)
    : m_folder(std::move(folder))
{
    if (!QDir().mkpath(m_folder)) {
        m_error = QStringLiteral("cannot create %1").arg(m_folder);
        return;
    }
    if (::geteuid() != 0)
        return;
    // QL_TEST_NO_MOUNT=1 takes the container's way on a machine that could mount.
    if (qEnvironmentVariableIntValue("QL_TEST_NO_MOUNT") == 1) {
        m_mode = Mode::DroppedCapabilities;
    } else if (::mount("tmpfs", QFile::encodeName(m_folder).constData(), "tmpfs", 0, "size=16m") == 0) {
        m_mode = Mode::Mount;
        m_mounted = true;
    } else if (errno == EPERM || errno == EACCES) {
        m_mode = Mode::DroppedCapabilities; // a container without CAP_SYS_ADMIN
    } else {
        m_error = QStringLiteral("cannot mount a tmpfs on %1: %2").arg(m_folder, errnoText());
    }
}

ReadOnlyFolder::~ReadOnlyFolder()
{
    if (m_capabilitiesDropped)
        setBypassEffective(true);
    if (m_mounted) {
        ::umount2(QFile::encodeName(m_folder).constData(), MNT_DETACH);
        return;
    }
    ::chmod(QFile::encodeName(m_folder).constData(), 0755);
    if (!m_file.isEmpty())
        ::chmod(QFile::encodeName(m_file).constData(), 0644);
}

QString ReadOnlyFolder::lock(const QString& file)
{
    m_file = file;
    if (m_mode == Mode::Mount) {
        if (::mount(
                nullptr, QFile::encodeName(m_folder).constData(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr)
            != 0)
            return QStringLiteral("cannot remount %1 read-only: %2").arg(m_folder, errnoText());
        return {};
    }
    if (::chmod(QFile::encodeName(file).constData(), 0444) != 0
        || ::chmod(QFile::encodeName(m_folder).constData(), 0555) != 0)
        return QStringLiteral("cannot lock %1: %2").arg(m_folder, errnoText());
    if (m_mode == Mode::DroppedCapabilities) {
        if (!setBypassEffective(false))
            return QStringLiteral("cannot give up root's file capabilities: %1").arg(errnoText());
        m_capabilitiesDropped = true;
    }
    return {};
}

QStringList ReadOnlyFolder::childWrapper() const
{
    if (m_mode != Mode::DroppedCapabilities)
        return {};
    const QString caps = QStringLiteral("-dac_override,-dac_read_search,-fowner");
    return { QStringLiteral("setpriv"), QStringLiteral("--inh-caps"), caps, QStringLiteral("--bounding-set"),
        caps };
}

QString ReadOnlyFolder::method() const
{
    switch (m_mode) {
    case Mode::Mount:
        return QStringLiteral("read-only mount");
    case Mode::DroppedCapabilities:
        return QStringLiteral("permissions without root's capabilities");
    case Mode::Permissions:
        break;
    }
    return QStringLiteral("permissions");
}

} // namespace ql::test
