#include "recordtablemodel.h"

namespace closeloop {

int RecordListModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (index(row, 0).data(IdRole).toLongLong() == id)
            return row;
    return -1;
}

} // namespace closeloop
