#include "models/import/ExtractionTableModel.h"

#include "core/domain/StatementKind.h"
#include "models/import/ReviewListModel.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <cstdlib>

namespace ql {

ExtractionTableModel::ExtractionTableModel(ReviewListModel* documents, QObject* parent)
    : QAbstractTableModel(parent)
    , m_documents(documents)
{
    // The list may be cleared or refilled behind the page's back; never point past its end.
    connect(m_documents, &QAbstractItemModel::modelReset, this, [this] { setDocument(-1); });
}

void ExtractionTableModel::setDocument(int row)
{
    beginResetModel();
    m_row = row >= 0 && row < m_documents->rowCount() ? row : -1;
    m_lastError.clear();
    endResetModel();
}

int ExtractionTableModel::statementRows() const
{
    return m_row < 0 ? 0 : int(m_documents->entry(m_row).prepared.extraction.statements.size());
}

int ExtractionTableModel::figureRows() const
{
    return m_row < 0 ? 0 : int(m_documents->entry(m_row).prepared.extraction.figures.size());
}

int ExtractionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : statementRows() + figureRows();
}

int ExtractionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExtractionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AcceptColumn:
        return tr("Keep");
    case KindColumn:
        return tr("Kind");
    case SpeakerColumn:
        return tr("Speaker");
    case TextColumn:
        return tr("Text");
    default:
        return {};
    }
}

QVariant ExtractionTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || m_row < 0 || index.row() >= rowCount())
        return {};
    const ReviewEntry& e = m_documents->entry(m_row);
    const int row = index.row();
    if (role == Qt::ForegroundRole) {
        // What will not land is drawn faded, so the table reads as what the library will hold.
        const bool kept
            = isStatementRow(row) ? e.statementAccepted.at(row) : e.figureAccepted.at(row - statementRows());
        return kept ? QVariant()
                    : QVariant(QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text));
    }
    if (isStatementRow(row)) {
        const Statement& s = e.prepared.extraction.statements.at(row);
        switch (index.column()) {
        case AcceptColumn:
            return role == Qt::CheckStateRole
                ? QVariant(e.statementAccepted.at(row) ? Qt::Checked : Qt::Unchecked)
                : QVariant();
        case KindColumn:
            return role == Qt::DisplayRole ? statementKindName(s.kind) : QVariant();
        case SpeakerColumn:
            if (role == Qt::DisplayRole)
                return s.speaker.isEmpty() ? tr("(unknown)") : s.speaker;
            return role == Qt::EditRole ? s.speaker : QVariant();
        case TextColumn:
            if (role == Qt::DisplayRole || role == Qt::EditRole)
                return s.text;
            return role == Qt::ToolTipRole ? s.text : QVariant();
        default:
            return {};
        }
    }
    const int figure = row - statementRows();
    const Figure& f = e.prepared.extraction.figures.at(figure);
    switch (index.column()) {
    case AcceptColumn:
        return role == Qt::CheckStateRole
            ? QVariant(e.figureAccepted.at(figure) ? Qt::Checked : Qt::Unchecked)
            : QVariant();
    case KindColumn:
        return role == Qt::DisplayRole ? tr("figure (%1)").arg(f.kind) : QVariant();
    case SpeakerColumn:
        return {};
    case TextColumn:
        if (role == Qt::DisplayRole)
            return f.subject.isEmpty() ? f.text : tr("%1 (for %2)").arg(f.text, f.subject);
        if (role == Qt::ToolTipRole) {
            const QString amount = f.currency.isEmpty()
                ? QLocale().toString(f.value)
                : tr("%1 %2").arg(QLocale().toString(f.value, 'f', 0), f.currency);
            return f.year > 0 ? tr("%1, target year %2").arg(amount).arg(f.year) : amount;
        }
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags ExtractionTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == AcceptColumn)
        f |= Qt::ItemIsUserCheckable;
    if (isStatementRow(index.row()) && (index.column() == SpeakerColumn || index.column() == TextColumn))
        f |= Qt::ItemIsEditable;
    return f;
}

bool ExtractionTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || m_row < 0 || index.row() >= rowCount())
        return false;
    ReviewEntry& e = m_documents->entryRef(m_row);
    const int row = index.row();
    m_lastError.clear();
    bool changed = false;
    if (index.column() == AcceptColumn && role == Qt::CheckStateRole) {
        const bool keep = value.toInt() == Qt::Checked;
        if (isStatementRow(row))
            e.statementAccepted[row] = keep;
        else
            e.figureAccepted[row - statementRows()] = keep;
        changed = true;
    } else if (role == Qt::EditRole && isStatementRow(row) && index.column() == SpeakerColumn) {
        Statement& s = e.prepared.extraction.statements[row];
        s.speaker = value.toString().simplified();
        // The extractor's id belongs to its name; the store resolves the corrected name itself.
        s.speakerId = 0;
        changed = true;
    } else if (role == Qt::EditRole && isStatementRow(row) && index.column() == TextColumn) {
        changed = setStatementText(row, value.toString());
        if (!changed)
            emit editRefused(m_lastError);
    }
    if (!changed)
        return false;
    // Ticking a row changes how the whole row is drawn.
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    m_documents->touch(m_row);
    return true;
}

bool ExtractionTableModel::setStatementText(int statement, const QString& text)
{
    ReviewEntry& e = m_documents->entryRef(m_row);
    const QString wanted = text.trimmed();
    if (wanted.isEmpty()) {
        m_lastError = tr("A statement cannot be empty; untick it to leave it out.");
        return false;
    }
    const QString& body = e.prepared.article.text;
    Statement& s = e.prepared.extraction.statements[statement];
    // Of several occurrences, the one nearest the old span is the passage the analyst means.
    int best = -1;
    for (int at = int(body.indexOf(wanted)); at >= 0; at = int(body.indexOf(wanted, at + 1))) {
        if (best < 0 || std::abs(at - s.start) < std::abs(best - s.start))
            best = at;
    }
    if (best < 0) {
        m_lastError = tr("The corrected text must be a passage of the article.");
        return false;
    }
    s.text = wanted;
    s.start = best;
    s.end = best + int(wanted.size());
    return true;
}

} // namespace ql
