#include "app/DemoCorpus.h"

#include "core/importing/ImportPipeline.h"

#include <QDir>
#include <QFile>

namespace ql {

int DemoCorpus::loadInto(Store& store)
{
    ImportPipeline pipeline(store);
    const QDir dir(QStringLiteral(":/demo"));
    int stored = 0;
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const PreparedArticle prepared = ImportPipeline::prepareBytes(
            file.readAll(), name, QStringLiteral("text/plain"), pipeline.extractor());
        if (pipeline.commit(prepared).status == ImportResult::Status::Imported)
            ++stored;
    }
    return stored;
}

} // namespace ql
