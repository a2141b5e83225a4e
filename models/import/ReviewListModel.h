#pragma once

#include "models/import/ReviewEntry.h"

#include <QAbstractListModel>
#include <QDate>

namespace ql {

class Store;

// The documents of one import, as the review page lists them: ok, duplicate or rejected with
// the reason. Ok documents carry a check box (kept or left out).
class ReviewListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { StatusRole = Qt::UserRole + 1, ReasonRole, SourceRole };

    explicit ReviewListModel(const Store* store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // Flags duplicates against the store and against documents listed earlier in this import.
    void append(const QList<PreparedArticle>& articles);
    void clear();

    const ReviewEntry& entry(int row) const { return m_entries.at(row); }
    // For the statements page, which edits the extraction in place; call touch() afterwards.
    ReviewEntry& entryRef(int row) { return m_entries[row]; }
    void touch(int row);

    void setTitle(int row, const QString& title);
    void setPublished(int row, const QDate& date); // a null date means "no date"
    void setPublisher(int row, const QString& publisher);
    void setSourceUrl(int row, const QString& url);

    int count(ReviewEntry::Status status) const;
    int includedCount() const;
    QList<PreparedArticle> articlesToImport() const;

    static QString statusName(ReviewEntry::Status status);

private:
    const Store* m_store;
    QList<ReviewEntry> m_entries;
};

} // namespace ql
