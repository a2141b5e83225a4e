#pragma once

#include "StoreCommand.h"
#include "store/OfficeTerm.h"

#include <QList>

namespace ql {

// The analyst's edit of the office table (who held which office when), as one undoable step.
class ReplaceOfficeTermsCommand : public StoreCommand
{
public:
    ReplaceOfficeTermsCommand(Store* store, QList<OfficeTerm> terms);

protected:
    StoreError apply() override;
    StoreError revert() override;

private:
    QList<OfficeTerm> m_new;
    QList<OfficeTerm> m_old;
    bool m_wasEdited;
};

} // namespace ql
