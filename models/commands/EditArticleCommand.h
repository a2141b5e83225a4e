#pragma once

#include "StoreCommand.h"

#include <QDate>

namespace ql {

// Title, date and source of an article, edited together as the properties dialog does.
class EditArticleCommand : public StoreCommand
{
public:
    struct Fields
    {
        QString title;
        QDate published;
        QString sourceUrl;
    };
    EditArticleCommand(Store* store, qint64 articleId, const Fields& fields);

protected:
    StoreError apply() override;
    StoreError revert() override;

private:
    qint64 m_articleId;
    Fields m_new;
    Fields m_old;
};

} // namespace ql
