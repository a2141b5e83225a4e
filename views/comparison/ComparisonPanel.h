#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QTableView;
class QToolBar;

namespace ql {

class DiffView;
class FamilyIndex;
class FamilyMembersModel;
class Store;
class StoreEdits;

// The quote comparison panel (for a dock): the variant family of one statement in time order with
// each variant's differences to a reference marked, fidelity verdicts against transcripts, a
// side-by-side word diff of any two variants, and the family edits (merge, split) as undoable
// commands. Re-queries the store when the ChangeNotifier reports family or statement changes.
class ComparisonPanel : public QWidget
{
    Q_OBJECT

public:
    ComparisonPanel(Store* store, FamilyIndex* index, StoreEdits* edits, QWidget* parent = nullptr);

    qint64 statementId() const { return m_statementId; }
    qint64 familyId() const { return m_familyId; }
    FamilyMembersModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    DiffView* diffView() const { return m_diffView; }
    QString verdictText() const;
    QList<qint64> selectedStatementIds() const; // in table order

    QAction* useAsReferenceAction() const { return m_useAsReference; }
    QAction* openArticleAction() const { return m_openArticle; }
    QAction* copyAction() const { return m_copy; }
    QAction* exportCsvAction() const { return m_exportCsv; }
    QAction* mergeAction() const { return m_merge; }
    QAction* splitAction() const { return m_split; }

    // Selects the given members (by statement id); one selection compares it with the reference,
    // two compare them with each other.
    void selectStatements(const QList<qint64>& statementIds);
    // Merge or split through the edits (one undo step each); false (after telling the user) when
    // nothing changed.
    bool mergeWithFamilyOf(qint64 otherStatementId);
    bool splitFromFamily(qint64 statementId);
    // Writes the shown comparison, asking before replacing an existing file.
    bool exportCsvTo(const QString& path);

    // One row per member: ids, date, speaker, source, title, text, the diff to the reference,
    // the fidelity verdict. UTF-8 with BOM and CRLF line ends (RFC 4180), written atomically.
    static bool writeCsv(const QString& path, const FamilyMembersModel& model, QString* error);

public slots:
    void showStatement(qint64 statementId);
    void refresh();
    void useSelectedAsReference();
    void openSelectedArticle();
    void copyComparison();
    void exportCsv(); // asks for the file name
    void mergeWithFamilyOfAsked(); // asks for the statement id
    void splitSelected();

signals:
    void articleRequested(qint64 articleId, int start, int end);

protected:
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void connectStore();
    void updateSummary();
    void updateSelection();
    void updateActions();
    qint64 currentStatementId() const;

    Store* m_store;
    FamilyIndex* m_index;
    StoreEdits* m_edits;
    qint64 m_statementId = 0;
    qint64 m_familyId = 0;

    FamilyMembersModel* m_model;
    QLabel* m_summary;
    QToolBar* m_toolBar;
    QTableView* m_table;
    QLabel* m_verdict;
    DiffView* m_diffView;

    QAction* m_useAsReference = nullptr;
    QAction* m_openArticle = nullptr;
    QAction* m_copy = nullptr;
    QAction* m_exportCsv = nullptr;
    QAction* m_merge = nullptr;
    QAction* m_split = nullptr;
};

} // namespace ql
