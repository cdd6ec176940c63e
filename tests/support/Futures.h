#pragma once

#include "ClientRig.h"

#include <catch2/catch.hpp>

#include <QFuture>

namespace ccas::test {

// Blocks this thread until the future (a job of the database thread) has its result. For futures
// that need nothing from this thread's event loop.
template <typename T>
T wait(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

// Runs this thread's event loop until the future is finished (the test fails after waitUntil's
// timeout), then returns its result. For futures whose work or continuation needs the event loop
// (ProfileSession, the window).
template <typename T>
T await(QFuture<T> future)
{
    REQUIRE(waitUntil([&] { return future.isFinished(); }));
    return future.result();
}

} // namespace ccas::test
