#pragma once

#include "core/store/TagRecord.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace ql {

// Edit ▸ Tags: the codebook of themes with colours and the number of statements per tag. New,
// rename, colour and merge are requested through signals; the owner pushes the commands.
class TagsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TagsDialog(QWidget* parent = nullptr);

    void setTags(const QList<TagRecord>& tags);
    qint64 currentTagId() const;
    void selectTag(qint64 tagId);
    QTableWidget* table() const { return m_table; }

signals:
    void createRequested(const QString& name, const QString& colour);
    void editRequested(qint64 tagId, const QString& name, const QString& colour);
    void mergeRequested(qint64 fromId, qint64 intoId);

private:
    void create();
    void rename();
    void recolour();
    void merge();
    void updateButtons();
    const TagRecord* current() const;

    QList<TagRecord> m_tags;
    QTableWidget* m_table;
    QPushButton* m_rename;
    QPushButton* m_colour;
    QPushButton* m_merge;
};

} // namespace ql
