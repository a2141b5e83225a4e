#include "models/library/StatementTableModel.h"

#include "core/store/ChangeNotifier.h"

namespace ql {

StatementTableModel::StatementTableModel(Store* store, QObject* parent)
    : PagedTableModel(store, parent)
{
    ChangeNotifier* n = store->notifier();
    connect(n, &ChangeNotifier::storeReset, this, [this] { setArticle(0); });
    connect(n, &ChangeNotifier::statementChanged, this, &StatementTableModel::onStatementChanged);
    connect(n, &ChangeNotifier::statementTagsChanged, this, &StatementTableModel::onStatementChanged);
    connect(n, &ChangeNotifier::statementsRemoved, this, &StatementTableModel::onStatementsRemoved);
    // A rename or merge changes names on many rows, a codebook edit the tags of many.
    connect(n, &ChangeNotifier::speakersChanged, this, &StatementTableModel::reload);
    connect(n, &ChangeNotifier::tagsChanged, this, &StatementTableModel::reload);
    connect(n, &ChangeNotifier::statementsAdded, this,
        [this](qint64 articleId) { onStatementsAdded(articleId); });
    connect(n, &ChangeNotifier::articleChanged, this, [this](qint64 articleId) {
        if (m_articleId == 0 || m_articleId == articleId)
            reload(); // titles and dates shown here may have changed
    });
    connect(n, &ChangeNotifier::articlesRemoved, this, [this](const QList<qint64>& ids) {
        if (m_articleId == 0 || ids.contains(m_articleId))
            reload();
    });
    reload();
}

void StatementTableModel::setArticle(qint64 articleId)
{
    m_articleId = articleId;
    reload();
}

void StatementTableModel::reload()
{
    resetRows(PageSize);
}

int StatementTableModel::loadTotal() const
{
    return store()->statementCount(m_articleId);
}

QList<StatementRow> StatementTableModel::loadRows(int offset, int count) const
{
    return store()->statementRows(m_articleId, offset, count);
}

int StatementTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatementTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StatementRow& row = loadedRows().at(index.row());
    const Statement& s = row.statement;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SpeakerColumn:
            return s.speaker.isEmpty() ? tr("unknown") : s.speaker;
        case TextColumn:
            return s.text;
        case KindColumn:
            return statementKindName(s.kind);
        case DateColumn:
            // The window as the analyst reads it: "25 Oct 2023", "5–6 Nov 2025", "Jul 2024?".
            return s.said.isNull() ? (s.saidOn.isValid() ? s.saidOn.toString(Qt::ISODate) : tr("no date"))
                                   : s.said.label();
        case TagsColumn:
            return row.tags.join(QStringLiteral(", "));
        case NoteColumn:
            // One line in the table; the whole memo is in the tooltip and the note editor.
            return row.note.section(QLatin1Char('\n'), 0, 0);
        }
        break;
    case Qt::ToolTipRole:
        // The date column explains itself: why the statement is dated so.
        if (index.column() == DateColumn)
            return s.said.evidence.isEmpty() ? tr("Nothing in the text dates this statement.")
                                             : s.said.evidence;
        if (index.column() == NoteColumn)
            return row.note;
        return row.note.isEmpty()
            ? QStringLiteral("%1\n— %2, %3")
                  .arg(s.text, s.speaker.isEmpty() ? tr("unknown speaker") : s.speaker, row.articleTitle)
            : QStringLiteral("%1\n— %2, %3\n\n%4: %5")
                  .arg(s.text, s.speaker.isEmpty() ? tr("unknown speaker") : s.speaker, row.articleTitle,
                      tr("Note"), row.note);
    case SortRole:
        if (index.column() == DateColumn)
            return s.said.from.isValid() ? s.said.from : s.saidOn;
        return data(index, Qt::DisplayRole).toString().toCaseFolded();
    case StatementIdRole:
        return s.id;
    case ArticleIdRole:
        return s.articleId;
    case StartRole:
        return s.start;
    case EndRole:
        return s.end;
    case NoteRole:
        return row.note;
    case RowVersionRole:
        return row.rowVersion;
    default:
        break;
    }
    return {};
}

QStringList StatementTableModel::columnTitles() const
{
    return { tr("Speaker"), tr("Statement"), tr("Kind"), tr("Date"), tr("Tags"), tr("Note") };
}

const StatementRow* StatementTableModel::rowData(int row) const
{
    return row >= 0 && row < loadedRows().size() ? &loadedRows().at(row) : nullptr;
}

void StatementTableModel::onStatementChanged(qint64 statementId)
{
    const int row = rowOf(statementId);
    if (row < 0)
        return;
    if (const auto fresh = store()->statementRow(statementId))
        replaceRow(row, *fresh, 0, ColumnCount - 1);
}

void StatementTableModel::onStatementsRemoved(qint64 articleId, const QList<qint64>& ids)
{
    if (m_articleId == 0 || m_articleId == articleId)
        removeIds(ids);
}

void StatementTableModel::onStatementsAdded(qint64 articleId)
{
    if (m_articleId == 0 || m_articleId == articleId)
        reload();
}

} // namespace ql
