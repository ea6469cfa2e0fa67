#pragma once

#include "domain/result.h"

#include <QRandomGenerator>
#include <QThread>

#include <algorithm>

namespace closeloop {

// How often, and how patiently, to repeat a write the server undid to keep
// concurrent writers safe (deadlock, serialization failure, lock timeout).
struct RetryPolicy {
    int attempts = 6;
    int firstDelayMs = 15;
    int maxDelayMs = 800;
};

// Runs `write` until it succeeds, fails for another reason, or the attempts
// are used up. Between tries it waits a delay that doubles up to a cap,
// each drawn at random from [delay/2, delay] so that writers who collided
// do not collide again in step. `retries` counts the repeats.
template <typename Write>
auto retryTransient(Write &&write, const RetryPolicy &policy = {}, int *retries = nullptr) -> decltype(write())
{
    int delay = policy.firstDelayMs;
    for (int attempt = 1;; ++attempt) {
        auto result = write();
        if (result || result.error().kind != Error::Kind::Transient || attempt >= policy.attempts)
            return result;
        if (retries)
            ++*retries;
        const int jittered = delay / 2 + int(QRandomGenerator::global()->bounded(delay / 2 + 1));
        QThread::msleep(ulong(jittered));
        delay = std::min(delay * 2, policy.maxDelayMs);
    }
}

} // namespace closeloop
