#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace ql {

// One exported statement with its source: what a report or a reference manager needs.
struct ExportRecord
{
    qint64 statementId = 0;
    qint64 articleId = 0;
    QString speaker; // empty when unknown
    QString text;
    QString kind; // "quote", "transcript", "paraphrase"
    QDate saidFrom; // the window it was said in; both null when undated
    QDate saidTo;
    QString saidLabel; // the window as the app shows it ("29 Sep 2023", "5–6 Nov 2025")
    QString saidEvidence;
    QStringList tags;
    QString note;
    QString articleTitle;
    QString publisher;
    QDate articleDate; // null when the article gives none
    QString url;
};

} // namespace ql
