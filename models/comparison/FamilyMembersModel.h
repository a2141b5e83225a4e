#pragma once

#include "core/families/QuoteFidelity.h"
#include "core/store/StatementRow.h"
#include "models/comparison/DiffColors.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace ql {

// The members of one variant family in time order (dated by date, undated last), each with its
// text marked against a reference member and its quote-fidelity verdict. Everything shown is
// computed when members, reference or colours change, so data() only looks values up.
class FamilyMembersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, SpeakerColumn, SourceColumn, TextColumn, FidelityColumn, ColumnCount };
    enum Role {
        StatementIdRole = Qt::UserRole + 1,
        ArticleIdRole,
        StartRole,
        EndRole,
        HtmlRole, // the text with differences to the reference marked (rich text)
        DiffTextRole, // the same as plain text: "[-old-]{+new+}"
        IsReferenceRole,
        VerdictRole, // "verbatim", "altered", "not_found", empty when no verdict applies
    };
    using Verdicts = QHash<qint64, QuoteFidelity::Verdict>;

    explicit FamilyMembersModel(QObject* parent = nullptr);

    // referenceStatementId: a member, else the first member becomes the reference.
    void setMembers(
        const QList<StatementRow>& members, qint64 referenceStatementId, const Verdicts& verdicts = {});
    void clear();
    void setReference(qint64 statementId);
    void setDarkTheme(bool dark);

    qint64 referenceStatementId() const { return m_referenceId; }
    const QList<StatementRow>& members() const { return m_members; }
    const DiffColors& colors() const { return m_colors; }
    int rowOf(qint64 statementId) const;
    std::optional<QuoteFidelity::Verdict> verdict(qint64 statementId) const;

    // The whole comparison for the clipboard: a tab-separated table, and an HTML table with the marks.
    QString comparisonText() const;
    QString comparisonHtml() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Shown
    {
        QString date;
        QString source;
        QString html;
        QString diffText;
        QString fidelity;
        QString fidelityTip;
        QString verdictName;
    };
    void recompute();
    Shown shownFor(const StatementRow& row, const StatementRow* reference) const;

    QList<StatementRow> m_members;
    Verdicts m_verdicts;
    QList<Shown> m_shown;
    qint64 m_referenceId = 0;
    bool m_dark = false;
    DiffColors m_colors;
};

} // namespace ql
