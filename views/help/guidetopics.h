#pragma once

#include <QList>
#include <QString>

namespace closeloop {

// The in-app guide: each part of a COE and an ORR, and why it is asked,
// in Closeloop's own words. `key` ties a topic to the place it explains
// (the COE window's sections use their outline keys).
struct GuideTopic {
    QString key;
    QString title;
    QString text; // rich text
};

QList<GuideTopic> guideTopics();

} // namespace closeloop
