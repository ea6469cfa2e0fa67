#pragma once

#include "coefields.h"
#include "coejson.h"

#include <QList>
#include <QSet>

namespace closeloop {

// One field on which my copy and the stored (their) copy disagree, with
// the value both started from. Action items count as one field.
struct FieldConflict {
    CoeField field;
    QVariant base;
    QVariant mine;
    QVariant theirs;
    bool changedByMe = false;
    bool changedByThem = false;
    // Both changed it, differently: the person has to choose.
    bool both() const { return changedByMe && changedByThem; }
};

// The fields where `mine` and `theirs` differ, in form order, given the
// copy both were edited from.
QList<FieldConflict> differingFields(const CoeSnapshot &base, const CoeSnapshot &mine, const CoeSnapshot &theirs);

// Which side each field takes unless the person says otherwise: mine
// where only I changed it or both did, theirs where only they did.
QSet<CoeField> defaultTakeMine(const QList<FieldConflict> &conflicts);

// Their copy (with its revisions, so it can be saved) with the fields in
// `takeMine` taken from mine.
CoeSnapshot mergeVersions(const CoeSnapshot &mine, const CoeSnapshot &theirs, const QSet<CoeField> &takeMine);

// A field's value as one or more lines a person can compare.
struct CoeChoices;
QString fieldValueText(CoeField field, const QVariant &value, const CoeChoices &choices);

} // namespace closeloop
