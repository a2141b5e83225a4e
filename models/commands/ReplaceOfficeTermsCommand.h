#pragma once

#include "core/store/OfficeTerm.h"
#include "models/commands/RedatingCommand.h"

#include <QList>

namespace ql {

// The analyst's edit of the office table (who held which office when), as one undoable step. Terms
// bound when their holders spoke, so the statements are re-dated with the new table.
class ReplaceOfficeTermsCommand : public RedatingCommand
{
public:
    ReplaceOfficeTermsCommand(Store* store, QList<OfficeTerm> terms);
    // With the re-dating worked out beforehand (off the GUI thread, see RedatingRunner) against the
    // new office table and the store as it is now.
    ReplaceOfficeTermsCommand(Store* store, QList<OfficeTerm> terms, StatementRedater::Change dates);

protected:
    StoreError apply() override;
    StoreError revert() override;

private:
    QList<OfficeTerm> m_new;
    QList<OfficeTerm> m_old;
    bool m_wasEdited;
};

} // namespace ql
