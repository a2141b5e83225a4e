#include "models/comparison/FamilyMembersModel.h"

#include "core/analysis/comparison/FidelityChecker.h"
#include "core/analysis/comparison/WordDiff.h"
#include "models/comparison/DiffHtml.h"

#include <QFont>

#include <algorithm>
#include <cmath>

namespace ql {

FamilyMembersModel::FamilyMembersModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_colors(DiffColors::forTheme(false))
{ }

void FamilyMembersModel::setMembers(
    const QList<StatementRow>& members, qint64 referenceStatementId, const Verdicts& verdicts)
{
    beginResetModel();
    m_members = members;
    // The store already orders by date, but callers may pass any list: the panel promises time order.
    // A window too wide to place (a term of office) still orders by its first possible day.
    auto when = [](const Statement& st) {
        if (st.saidOn.isValid())
            return st.saidOn;
        return st.said.from.isValid() ? st.said.from : st.said.to;
    };
    std::stable_sort(
        m_members.begin(), m_members.end(), [&when](const StatementRow& a, const StatementRow& b) {
            const QDate da = when(a.statement);
            const QDate db = when(b.statement);
            if (da.isValid() != db.isValid())
                return da.isValid();
            if (da != db)
                return da < db;
            return a.statement.id < b.statement.id;
        });
    m_verdicts = verdicts;
    m_referenceId = referenceStatementId;
    if (rowOf(m_referenceId) < 0)
        m_referenceId = m_members.isEmpty() ? 0 : m_members.first().statement.id;
    recompute();
    endResetModel();
}

void FamilyMembersModel::clear()
{
    setMembers({}, 0, {});
}

void FamilyMembersModel::setReference(qint64 statementId)
{
    if (statementId == m_referenceId || rowOf(statementId) < 0)
        return;
    m_referenceId = statementId;
    recompute();
    if (!m_members.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void FamilyMembersModel::setDarkTheme(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    m_colors = DiffColors::forTheme(dark);
    recompute();
    if (!m_members.isEmpty())
        emit dataChanged(index(0, TextColumn), index(rowCount() - 1, TextColumn), { HtmlRole });
}

int FamilyMembersModel::rowOf(qint64 statementId) const
{
    for (int i = 0; i < m_members.size(); ++i)
        if (m_members.at(i).statement.id == statementId)
            return i;
    return -1;
}

std::optional<QuoteFidelity::Verdict> FamilyMembersModel::verdict(qint64 statementId) const
{
    const auto it = m_verdicts.constFind(statementId);
    if (it == m_verdicts.constEnd())
        return std::nullopt;
    return *it;
}

void FamilyMembersModel::recompute()
{
    m_shown.clear();
    m_shown.reserve(m_members.size());
    const int referenceRow = rowOf(m_referenceId);
    const StatementRow* reference = referenceRow < 0 ? nullptr : &m_members.at(referenceRow);
    for (const StatementRow& row : std::as_const(m_members))
        m_shown.append(shownFor(row, reference));
}

FamilyMembersModel::Shown FamilyMembersModel::shownFor(
    const StatementRow& row, const StatementRow* reference) const
{
    Shown s;
    const Statement& st = row.statement;
    // The window as the table shows it ("5–6 Nov 2025"); a day stored without one, as a date.
    s.date = !st.said.isNull() ? st.said.label()
        : st.saidOn.isValid()  ? st.saidOn.toString(Qt::ISODate)
                               : tr("undated");
    s.source = row.publisher.isEmpty() ? row.articleTitle : row.publisher;
    if (!reference || reference->statement.id == st.id) {
        s.html = DiffHtml::escape(st.text);
        s.diffText = st.text;
    } else {
        const WordDiff diff;
        const QList<DiffOp> ops = diff.compare(reference->statement.text, st.text);
        s.html = DiffHtml::marked(ops, reference->statement.text, st.text, m_colors);
        s.diffText = WordDiff::toInlineText(ops, reference->statement.text, st.text);
    }
    const auto v = m_verdicts.constFind(st.id);
    if (v != m_verdicts.constEnd()) {
        const FidelityResult& r = v->result;
        s.verdictName = FidelityChecker::verdictName(r.verdict);
        switch (r.verdict) {
        case FidelityVerdict::Verbatim:
            s.fidelity = tr("verbatim");
            break;
        case FidelityVerdict::Altered:
            s.fidelity = tr("altered (%1 % same)").arg(std::lround(r.similarity * 100.0));
            break;
        case FidelityVerdict::NotFound:
            s.fidelity = tr("not found");
            break;
        }
        s.fidelityTip = r.transcriptExcerpt.isEmpty()
            ? tr("Checked against the transcript “%1”").arg(v->transcriptTitle)
            : tr("Transcript “%1”: %2").arg(v->transcriptTitle, r.transcriptExcerpt);
    }
    return s;
}

int FamilyMembersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int FamilyMembersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FamilyMembersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StatementRow& row = m_members.at(index.row());
    const Shown& shown = m_shown.at(index.row());
    const Statement& st = row.statement;
    switch (role) {
    case StatementIdRole:
        return st.id;
    case ArticleIdRole:
        return st.articleId;
    case StartRole:
        return st.start;
    case EndRole:
        return st.end;
    case HtmlRole:
        return shown.html;
    case DiffTextRole:
        return shown.diffText;
    case IsReferenceRole:
        return st.id == m_referenceId;
    case VerdictRole:
        return shown.verdictName;
    case Qt::FontRole:
        if (st.id == m_referenceId) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return shown.date;
        case SpeakerColumn:
            return st.speaker.isEmpty() ? tr("unknown") : st.speaker;
        case SourceColumn:
            return shown.source;
        case TextColumn:
            return st.text;
        case FidelityColumn:
            return shown.fidelity;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DateColumn:
            return st.id == m_referenceId ? tr("The reference the other variants are compared with")
                                          : QVariant();
        case SourceColumn:
            return row.articleTitle;
        case TextColumn:
            return shown.diffText;
        case FidelityColumn:
            return shown.fidelityTip.isEmpty() ? QVariant() : QVariant(shown.fidelityTip);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant FamilyMembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case SpeakerColumn:
        return tr("Speaker");
    case SourceColumn:
        return tr("Source");
    case TextColumn:
        return tr("Text");
    case FidelityColumn:
        return tr("Fidelity");
    default:
        return {};
    }
}

QString FamilyMembersModel::comparisonText() const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header << headerData(c, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (int r = 0; r < rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c) {
            // The reference row shows its text; the others show how they differ from it.
            const int role = (c == TextColumn) ? int(DiffTextRole) : int(Qt::DisplayRole);
            cells << data(index(r, c), role).toString().simplified();
        }
        if (data(index(r, 0), IsReferenceRole).toBool())
            cells[DateColumn] += tr(" (reference)");
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString FamilyMembersModel::comparisonHtml() const
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n<tr>");
    for (int c = 0; c < ColumnCount; ++c)
        html += QStringLiteral("<th>%1</th>").arg(headerData(c, Qt::Horizontal).toString().toHtmlEscaped());
    html += QStringLiteral("</tr>\n");
    for (int r = 0; r < rowCount(); ++r) {
        const bool isReference = data(index(r, 0), IsReferenceRole).toBool();
        html += isReference ? QStringLiteral("<tr style=\"font-weight:bold\">") : QStringLiteral("<tr>");
        for (int c = 0; c < ColumnCount; ++c) {
            const QString cell = c == TextColumn ? data(index(r, c), HtmlRole).toString()
                                                 : data(index(r, c)).toString().toHtmlEscaped();
            html += QStringLiteral("<td>%1</td>").arg(cell);
        }
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</table>\n");
}

} // namespace ql
