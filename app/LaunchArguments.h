#pragma once

#include <QString>
#include <QStringList>

namespace ql {

// The window's positional arguments sorted out: at most one store, and documents to import. The
// desktop's "Open with Quoteline" passes documents (text, HTML, Markdown, PDF), a store file opens.
struct LaunchArguments
{
    QStringList stores; // more than one is a usage error, for the caller to report
    QStringList documents;

    static LaunchArguments split(const QStringList& positional);
    // An existing file that is not a store (stores are SQLite files, named *.qlstore by default), or a
    // missing one named like a document.
    static bool isDocument(const QString& argument);
};

} // namespace ql
