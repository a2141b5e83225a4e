#pragma once

#include "core/store/SpeakerRecord.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace ql {

// Edit ▸ Speakers: every speaker with its statement count, the other spellings it answers to and
// the office holder it is. Rename, merge and link are requested through signals; the owner turns
// them into undoable commands and hands the dialog the new list.
class SpeakersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SpeakersDialog(QWidget* parent = nullptr);

    // Keeps the selected speaker selected when it is still listed.
    void setSpeakers(const QList<SpeakerRecord>& speakers);
    // Office holders the analyst may link a speaker to (from Edit ▸ Offices and Holders).
    void setHolders(const QStringList& holders);

    qint64 currentSpeakerId() const;
    void selectSpeaker(qint64 speakerId);
    QTableWidget* table() const { return m_table; }

signals:
    void renameRequested(qint64 speakerId, const QString& name);
    void mergeRequested(qint64 fromId, qint64 intoId);
    void linkRequested(qint64 speakerId, const QString& holder);

private:
    void rename();
    void merge();
    void link();
    void updateButtons();

    QList<SpeakerRecord> m_speakers;
    QStringList m_holders;
    QTableWidget* m_table;
    QPushButton* m_rename;
    QPushButton* m_merge;
    QPushButton* m_link;
};

} // namespace ql
