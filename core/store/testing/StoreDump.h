#pragma once

#include <QString>
#include <QStringList>

namespace ql::test {

// Every row of every Quoteline table of the store at `path`, read through a second connection,
// as sorted text: two dumps are equal exactly when the stored content is equal.
QStringList dumpStore(const QString& path);

} // namespace ql::test
