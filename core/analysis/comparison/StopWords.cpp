#include "core/analysis/comparison/StopWords.h"

#include <QSet>

namespace ql {

bool StopWords::contains(const QString& word)
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char* w : { "a", "about", "above", "after", "again", "against", "all", "also", "am", "an",
                 "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below",
                 "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down",
                 "during", "each", "even", "ever", "every", "few", "for", "from", "further", "had", "has",
                 "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
                 "however", "i", "if", "in", "indeed", "into", "is", "it", "its", "itself", "just", "let",
                 "may", "me", "might", "more", "most", "much", "must", "my", "myself", "no", "nor", "not",
                 "now", "of", "off", "on", "once", "one", "only", "or", "other", "ought", "our", "ours",
                 "ourselves", "out", "over", "own", "same", "shall", "she", "should", "so", "some", "such",
                 "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these",
                 "they", "this", "those", "though", "through", "thus", "to", "too", "under", "until", "up",
                 "upon", "us", "very", "was", "we", "well", "were", "what", "when", "where", "whether",
                 "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without",
                 "would", "yet", "you", "your", "yours", "yourself", "yourselves", "said", "says", "say",
                 "get", "got", "make", "made", "many", "like", "still", "already", "yes", "ok" })
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return words.contains(word);
}

} // namespace ql
