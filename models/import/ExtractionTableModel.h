#pragma once

#include <QAbstractTableModel>

namespace ql {

class ReviewListModel;

// The statements, then the figures, of one reviewed document. The accept column decides what
// lands; a statement's speaker and text can be corrected (the text must be a passage of the
// article, so its span stays true).
class ExtractionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AcceptColumn, KindColumn, SpeakerColumn, TextColumn, ColumnCount };

    explicit ExtractionTableModel(ReviewListModel* documents, QObject* parent = nullptr);

    // The row of the document in the review list; -1 shows nothing.
    void setDocument(int row);
    int document() const { return m_row; }
    int statementRows() const;
    int figureRows() const;
    // Why the last edit was refused; empty when it was taken.
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    void editRefused(const QString& reason);

private:
    bool isStatementRow(int row) const { return row < statementRows(); }
    bool setStatementText(int statement, const QString& text);

    ReviewListModel* m_documents;
    int m_row = -1;
    QString m_lastError;
};

} // namespace ql
