#pragma once

#include "core/analysis/extraction/FoldedHashSet.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace ql {

class ArticleTokens;

// What one article's own usage says about its capitalised words. English capitalises the first
// word of a sentence, so "Then Brafman said" or "Billionaire Donald Trump" at a sentence start do not
// make "Then" or "Billionaire" part of a name: a word the article also writes in lower case, and
// never capitalises inside a sentence, is a common word. "Bill Clinton" keeps "Bill" as soon as the
// article writes "former President Bill Clinton" once. Built in one linear pass.
class ArticleLexicon
{
public:
    // Reads the words from `tokens` when that table describes `text`.
    void learn(const QString& text, const ArticleTokens* tokens = nullptr);

    // `word` (capitalised, at `pos` in the text the lexicon learnt) is a common word, not a name.
    bool isCommonWord(const QString& text, int pos, QStringView word) const;

    // The article writes `word` in lower case somewhere ("billionaire", "pastor", "then").
    bool writesLowerCase(QStringView word) const;
    // "Democrat Hillary Clinton", "Pastor Kevin Swanson", "Political Editor Matthew Boyle": leading
    // descriptors glued to a name by capitalisation. Drops them while at least two words remain.
    QStringList withoutDescriptors(const QStringList& tokens) const;

    // Words that open sentences and clauses and are never a person's first name.
    static bool isSentenceOpener(QStringView word);

private:
    void learnFromRuns(const QString& text, const ArticleTokens& tokens);

    FoldedHashSet m_lower; // hashes of folded words seen in lower case
    FoldedHashSet m_capitalisedInside; // … and of words seen capitalised after a lower-case word
};

} // namespace ql
