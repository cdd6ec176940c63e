#include "api/RateLimiter.h"

#include <catch2/catch.hpp>

using namespace ccas;

TEST_CASE("the sliding window gives at most N slots per window", "[ratelimit]")
{
    RateLimiter rl(20, 1000);
    for (int i = 0; i < 20; ++i)
        CHECK(rl.reserve(0) == 0);
    CHECK(rl.reserve(0) == 1000); // the 21st waits for the first to leave the window
    CHECK(rl.reserve(10) == 990); // booked slots stay ordered
    CHECK(rl.reserve(1500) == 0);
}

TEST_CASE("slots spread over time are free", "[ratelimit]")
{
    RateLimiter rl(2, 1000);
    CHECK(rl.reserve(0) == 0);
    CHECK(rl.reserve(600) == 0);
    CHECK(rl.reserve(700) == 300); // at 1000: only the one at 600 is within the window
    CHECK(rl.reserve(2000) == 0);
}

TEST_CASE("a block after a 429 delays every slot", "[ratelimit]")
{
    RateLimiter rl(20, 1000);
    rl.blockUntil(5000);
    CHECK(rl.isBlocked(4999));
    CHECK_FALSE(rl.isBlocked(5000));
    CHECK(rl.reserve(100) == 4900);
    rl.blockUntil(1000); // a shorter block never shortens the current one
    CHECK(rl.blockedUntil() == 5000);
}

TEST_CASE("the limit can be lowered by the settings", "[ratelimit]")
{
    RateLimiter rl(20, 1000);
    rl.setMaxPerWindow(1);
    CHECK(rl.reserve(0) == 0);
    CHECK(rl.reserve(0) == 1000);
    rl.setMaxPerWindow(0); // clamped to 1
    CHECK(rl.maxPerWindow() == 1);
}
