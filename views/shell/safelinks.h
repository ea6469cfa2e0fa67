#pragma once

#include <QUrl>

class QWidget;

namespace closeloop {

// Whether a link may be opened at all: http and https with a host, and mailto.
bool isOpenableLink(const QUrl &url);

// Opens a link clicked in a report only after the person has seen where it
// goes, and only the kinds above; anything else is refused, with the
// address shown. Returns whether it was opened.
bool openLinkAfterAsking(QWidget *parent, const QUrl &url);

} // namespace closeloop
