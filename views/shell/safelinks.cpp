#include "safelinks.h"
#include "domain/translate.h"

#include "prompts.h"

#include <QCoreApplication>
#include <QDesktopServices>

namespace closeloop {

namespace {

QString tr(const char *text)
{
    return translateIn("closeloop::SafeLinks", text);
}

} // namespace

bool isOpenableLink(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid())
        return false;
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return !url.host().isEmpty();
    return scheme == QLatin1String("mailto");
}

bool openLinkAfterAsking(QWidget *parent, const QUrl &url)
{
    // Shown whole and encoded, so that look-alike characters and hidden
    // parts cannot disguise where it goes.
    const QString shown = QString::fromLatin1(url.toEncoded());
    if (!isOpenableLink(url)) {
        Prompts::choose(parent, tr("Link Not Opened"),
                        tr("Closeloop opens only web (http, https) and e-mail links. This one was not opened:\n\n%1").arg(shown),
                        { tr("OK") });
        return false;
    }
    const int answer = Prompts::choose(parent, tr("Open Link"), tr("Open this link in your browser?\n\n%1").arg(shown),
                                       { tr("Cancel"), tr("Open Link") });
    return answer == 1 && QDesktopServices::openUrl(url);
}

} // namespace closeloop
