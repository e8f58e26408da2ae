#!/usr/bin/env python3
"""Generates scenarios/topologies/platform.topology.json, the ~60-service platform of field story 2.

Deterministic, standard library only, no network. Run from anywhere:

    python3 tools/gen_platform_topology.py            # writes the topology and prints a capacity report
    python3 tools/gen_platform_topology.py --check    # exits 1 if the committed file is out of date

Capacity is derived, not guessed: the script pushes the entry rates (at the daily peak) through the call
graph, including cache misses, queue hand-offs and batch jobs, and then
  * sets every endpoint's cpuPerRequest so the service sits at its target CPU utilisation at the peak
    (relative CPU weights between a service's endpoints are given below),
  * sizes each database's maxConnections so Little's law (rate x mean query latency) uses ~25 % of it,
  * checks external APIs stay under 60 % of their rate limit and queue consumers have ~2x headroom.
Edit the tables below and re-run; never edit the JSON by hand.
"""
import argparse
import hashlib
import json
import math
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "scenarios", "topologies", "platform.topology.json")

AWS = "ap-northeast-1"
GCP = "asia-northeast1"
DAILY = {"peakHour": 21, "peak": 1.4, "trough": 0.35}
ORG = "hoshizora"  # package / module prefix of the fictional company

# --------------------------------------------------------------------------------------------------
# Small DSL


def call(service, endpoint, timeout=None, retries=0, prob=1.0, degrade=False, miss=None):
    c = {"service": service, "endpoint": endpoint}
    if prob < 1.0:
        c["probability"] = prob
    if timeout:
        c["timeout"] = timeout
    if retries:
        c["retries"] = retries
    if degrade:
        c["onFailure"] = "degrade"
    if miss:
        c["onMiss"] = {"service": miss[0], "endpoint": miss[1]}
    return c


def par(*calls):
    return {"parallel": list(calls)}


def seq(c):
    """One step: a single call, or a parallel group made with par() passed through unchanged."""
    return c if "parallel" in c else {"call": c}


def ep(name, p50, p99, steps=(), err=0.0, cpu=1.0, hit=None):
    """An endpoint; `cpu` is its CPU weight relative to the service's other endpoints."""
    e = {"name": name, "latency": {"p50": p50, "p99": p99}}
    if err:
        e["errorRate"] = err
    if hit is not None:
        e["hitRatio"] = hit
    e["_cpu"] = cpu
    if steps:
        e["steps"] = list(steps)
    return e


def q(name, p50="2ms", p99="12ms"):
    return ep(name, p50, p99)


# Resource profiles per language: (cpu limit, cpu request, memory request, limit, baseline).
PROFILES = {
    "java": (1.0, 0.75, "1Gi", "1536Mi", "900Mi"),
    "java-small": (0.5, 0.375, "768Mi", "1Gi", "640Mi"),
    "go": (0.5, 0.375, "192Mi", "384Mi", "140Mi"),
    "go-small": (0.25, 0.2, "128Mi", "256Mi", "90Mi"),
    "node": (1.0, 0.75, "512Mi", "1Gi", "560Mi"),
    "node-small": (0.5, 0.375, "256Mi", "512Mi", "300Mi"),
    "python": (1.0, 0.75, "512Mi", "1Gi", "520Mi"),
    "python-small": (0.5, 0.375, "384Mi", "768Mi", "400Mi"),
}


def svc(name, kind, ns, lang, replicas, version, endpoints, desc, util=None, region=AWS, hpa=None,
        errors=(), logs=(), profile=None, schedule=None):
    s = {"name": name, "kind": kind, "namespace": ns, "region": region, "language": lang}
    limit, request, mreq, mlim, mbase = PROFILES[profile or lang]
    dep = {"replicas": replicas, "version": version, "cpu": {"request": request, "limit": limit},
           "memory": {"request": mreq, "limit": mlim, "baseline": mbase}}
    if hpa:
        dep["autoscaler"] = {"min": replicas, "max": int(round(replicas * hpa)), "targetCpu": 0.7}
    s["deployment"] = dep
    if schedule:
        s["schedule"] = schedule
    s["endpoints"] = list(endpoints)
    if errors:
        s["errors"] = list(errors)
    if logs:
        s["logs"] = list(logs)
    s["description"] = {"en": desc[0], "ja": desc[1]}
    s["_util"] = util
    return s


def managed(name, kind, ns, resource, endpoints, desc, region=AWS):
    return {"name": name, "kind": kind, "namespace": ns, "region": region, "resource": resource,
            "endpoints": list(endpoints), "description": {"en": desc[0], "ja": desc[1]}}


def err(type_, message, stack, rate, status=500, endpoint=None):
    e = {}
    if endpoint:
        e["endpoint"] = endpoint
    e.update({"type": type_, "message": message, "stack": list(stack), "rate": rate, "status": status})
    return e


def log(when, level, text, prob=None, endpoint=None):
    l = {"when": when}
    if endpoint:
        l["endpoint"] = endpoint
    l.update({"level": level, "text": text})
    if prob is not None:
        l["probability"] = prob
    return l


def jframe(svc_pkg, cls, method, line):
    return f"jp.{ORG}.{svc_pkg}.{cls}.{method}({cls.split('.')[-1]}.java:{line})"


def gframe(module, fn, path, line):
    return f"github.com/{ORG}/{module}/{fn}\n\t/app/{path}:{line} +0x{(line * 37) % 4096:x}"


def nframe(fn, path, line, col):
    return f"    at {fn} (/app/{path}:{line}:{col})"


def pframe(path, line, fn):
    return f'  File "/app/{path}", line {line}, in {fn}'


# Shared log templates.
def std_logs(req_prob, slow_text=None):
    out = [log("request", "info", "{method} {route} {status} {duration_ms}ms", req_prob),
           log("error", "error", "request failed: {error}")]
    if slow_text:
        out.append(log("slow", "warn", slow_text))
    return out


# --------------------------------------------------------------------------------------------------
# The platform

LBS = [
    {"name": "edge-alb", "kind": "loadbalancer", "namespace": "edge", "region": AWS,
     "resource": {"system": "aws-alb"},
     "endpoints": [
         ep("GET /", "1ms", "4ms", [seq(call("web-frontend", "GET /", "30s"))]),
         ep("GET /products/:id", "1ms", "4ms", [seq(call("web-frontend", "GET /products/:id", "30s"))]),
         ep("GET /search", "1ms", "4ms", [seq(call("web-frontend", "GET /search", "30s"))]),
         ep("GET /cart", "1ms", "4ms", [seq(call("web-frontend", "GET /cart", "30s"))]),
         ep("POST /cart/items", "1ms", "4ms", [seq(call("web-frontend", "POST /cart/items", "30s"))]),
         ep("POST /checkout", "1ms", "4ms", [seq(call("web-frontend", "POST /checkout", "30s"))]),
         ep("GET /api/v2/home", "1ms", "4ms", [seq(call("api-gateway", "GET /api/v2/home", "30s"))]),
         ep("GET /api/v2/products/:id", "1ms", "4ms",
            [seq(call("api-gateway", "GET /api/v2/products/:id", "30s"))]),
         ep("GET /api/v2/search", "1ms", "4ms", [seq(call("api-gateway", "GET /api/v2/search", "30s"))]),
         ep("GET /api/v2/orders", "1ms", "4ms", [seq(call("api-gateway", "GET /api/v2/orders", "30s"))]),
         ep("POST /api/v2/checkout", "1ms", "4ms", [seq(call("api-gateway", "POST /api/v2/checkout", "30s"))]),
         ep("POST /api/v2/assistant/messages", "1ms", "4ms",
            [seq(call("api-gateway", "POST /api/v2/assistant/messages", "60s"))]),
     ],
     "description": {"en": "AWS Application Load Balancer (with WAF) in front of the web and mobile API",
                     "ja": "Web とモバイル API の前段にある AWS ALB（WAF 付き）"}},
    {"name": "partner-glb", "kind": "loadbalancer", "namespace": "edge", "region": GCP,
     "resource": {"system": "gcp-https-lb"},
     "endpoints": [
         ep("GET /partner/v1/products", "1ms", "5ms",
            [seq(call("partner-gateway", "GET /partner/v1/products", "30s"))]),
         ep("POST /partner/v1/orders", "1ms", "5ms",
            [seq(call("partner-gateway", "POST /partner/v1/orders", "30s"))]),
         ep("GET /partner/v1/orders/:id", "1ms", "5ms",
            [seq(call("partner-gateway", "GET /partner/v1/orders/:id", "30s"))]),
     ],
     "description": {"en": "Google Cloud HTTPS load balancer for the partner (B2B) API",
                     "ja": "パートナー向け（B2B）API の Google Cloud HTTPS ロードバランサー"}},
]

# Calls used in many places.
SESSION = call("session-service", "identity.v1.SessionService/GetSession", "300ms", 1, degrade=True)
FLAGS = call("feature-flags", "flags.v1.FlagService/Evaluate", "100ms", degrade=True)
VERIFY = call("auth-service", "identity.v1.AuthService/VerifyToken", "300ms", 1)

SERVICES = [
    # ---------------------------------------------------------------- edge
    svc("web-frontend", "http", "edge", "node", 250, "8.41.2", [
        ep("GET /", "18ms", "90ms", [
            seq(SESSION), seq(FLAGS),
            seq(call("consent-service", "GET /consent", "300ms", prob=0.3, degrade=True)),
            seq(par(call("product-catalog", "GET /products/featured", "2s", 1),
                    call("recommendation", "recs.v1.Recommender/GetHomeFeed", "400ms", degrade=True),
                    call("experiment-service", "exp.v1.Experiments/Assign", "150ms", degrade=True),
                    call("cart-service", "GET /cart/count", "300ms", degrade=True))),
        ], err=0.0002, cpu=1.2),
        ep("GET /products/:id", "20ms", "110ms", [
            seq(SESSION), seq(FLAGS),
            seq(par(call("product-catalog", "GET /products/:id", "2s", 1),
                    call("product-reviews", "GET /reviews/summary", "500ms", degrade=True),
                    call("recommendation", "recs.v1.Recommender/GetSimilar", "400ms", degrade=True),
                    call("cart-service", "GET /cart/count", "300ms", degrade=True))),
        ], err=0.0002, cpu=1.3),
        ep("GET /search", "12ms", "70ms", [
            seq(SESSION), seq(call("search-api", "GET /search", "3s")),
        ], err=0.0002, cpu=1.0),
        ep("GET /cart", "10ms", "60ms", [seq(SESSION), seq(call("cart-service", "GET /cart", "3s"))],
           err=0.0002, cpu=0.8),
        ep("POST /cart/items", "8ms", "50ms", [seq(SESSION), seq(call("cart-service", "POST /cart/items", "3s"))],
           err=0.0002, cpu=0.6),
        ep("POST /checkout", "10ms", "60ms", [
            seq(SESSION), seq(VERIFY), seq(call("checkout-service", "POST /checkout", "20s")),
        ], err=0.0002, cpu=0.8),
    ], ("Server-side rendered storefront (Next.js)", "サーバーサイドレンダリングのストアフロント（Next.js）"),
        util=0.36, hpa=1.2,
        errors=[err("TypeError", "Cannot read properties of undefined (reading 'priceRange')",
                    [nframe("ProductCard.render", "dist/components/ProductCard.js", 88, 31),
                     nframe("renderToString", "node_modules/react-dom/cjs/react-dom-server.node.js", 5841, 14)],
                    0.00015, endpoint="GET /products/:id"),
                err("Error", "Hydration failed because the initial UI does not match what was rendered on the server",
                    [nframe("throwOnHydrationMismatch", "node_modules/react-dom/cjs/react-dom.production.js", 2104, 9)],
                    0.00005, endpoint="GET /")],
        logs=[log("request", "info", "{method} {route} {status} {duration_ms}ms tier={customer_tier}", 0.01),
              log("error", "error", "render failed for {route}: {error}"),
              log("slow", "warn", "slow SSR render of {route} took {duration_ms}ms")]),
    svc("api-gateway", "http", "edge", "go", 200, "3.18.0", [
        ep("GET /api/v2/home", "2ms", "12ms", [seq(VERIFY), seq(call("bff-mobile", "GET /home", "5s"))], err=0.0001),
        ep("GET /api/v2/products/:id", "2ms", "12ms",
           [seq(VERIFY), seq(call("bff-mobile", "GET /products/:id", "5s"))], err=0.0001),
        ep("GET /api/v2/search", "2ms", "12ms", [seq(VERIFY), seq(call("bff-mobile", "GET /search", "5s"))],
           err=0.0001),
        ep("GET /api/v2/orders", "2ms", "12ms", [seq(VERIFY), seq(call("bff-mobile", "GET /orders", "5s"))],
           err=0.0001),
        ep("POST /api/v2/checkout", "3ms", "15ms",
           [seq(VERIFY), seq(call("checkout-service", "POST /checkout", "20s"))], err=0.0001),
        ep("POST /api/v2/assistant/messages", "3ms", "15ms",
           [seq(VERIFY), seq(call("assistant-api", "POST /assistant/messages", "45s"))], err=0.0001, cpu=1.5),
    ], ("Mobile API gateway: authentication, rate limiting, routing", "モバイル API ゲートウェイ（認証・レート制限・ルーティング）"),
        profile="go-small", util=0.3, hpa=1.5,
        errors=[err("*errors.errorString", "http2: stream closed by client before response headers",
                    [gframe("api-gateway", "internal/proxy.(*Proxy).ServeHTTP", "internal/proxy/proxy.go", 214)],
                    0.0001, status=499)],
        logs=std_logs(0.005)),
    svc("bff-mobile", "http", "edge", "node", 180, "5.7.1", [
        ep("GET /home", "8ms", "45ms", [
            seq(FLAGS),
            seq(par(call("product-catalog", "GET /products/featured", "2s", 1),
                    call("recommendation", "recs.v1.Recommender/GetHomeFeed", "400ms", degrade=True),
                    call("user-profile", "GET /users/me", "500ms", degrade=True),
                    call("points-service", "points.v1.PointsService/GetBalance", "300ms", degrade=True),
                    call("experiment-service", "exp.v1.Experiments/Assign", "150ms", degrade=True))),
        ], err=0.0002, cpu=1.2),
        ep("GET /products/:id", "7ms", "40ms", [
            seq(par(call("product-catalog", "GET /products/:id", "2s", 1),
                    call("product-reviews", "GET /reviews/summary", "500ms", degrade=True),
                    call("recommendation", "recs.v1.Recommender/GetSimilar", "400ms", degrade=True))),
        ], err=0.0002, cpu=1.0),
        ep("GET /search", "5ms", "30ms", [seq(call("search-api", "GET /search", "3s"))], err=0.0002, cpu=0.8),
        ep("GET /orders", "5ms", "30ms", [seq(call("order-history", "GET /orders", "2s", 1))], err=0.0002, cpu=0.8),
    ], ("Backend-for-frontend of the iOS and Android apps", "iOS/Android アプリ向け BFF"),
        util=0.34, hpa=1.5,
        errors=[err("TypeError", "Cannot read properties of null (reading 'balance')",
                    [nframe("toHomeViewModel", "dist/home/presenter.js", 57, 22),
                     nframe("HomeController.get", "dist/home/controller.js", 31, 18)],
                    0.0001, endpoint="GET /home")],
        logs=std_logs(0.005)),
    svc("partner-gateway", "http", "edge", "go", 20, "1.12.4", [
        ep("GET /partner/v1/products", "3ms", "20ms", [
            seq(call("auth-service", "identity.v1.AuthService/VerifyApiKey", "300ms", 1)),
            seq(call("product-catalog", "GET /products", "5s")),
        ], err=0.0002),
        ep("POST /partner/v1/orders", "4ms", "25ms", [
            seq(call("auth-service", "identity.v1.AuthService/VerifyApiKey", "300ms", 1)),
            seq(call("order-service", "POST /orders", "5s")),
        ], err=0.0002, cpu=1.5),
        ep("GET /partner/v1/orders/:id", "3ms", "20ms", [
            seq(call("auth-service", "identity.v1.AuthService/VerifyApiKey", "300ms", 1)),
            seq(call("order-history", "GET /orders/:id", "3s")),
        ], err=0.0002),
    ], ("B2B partner API (catalogue feed, wholesale orders) on GCP", "GCP 上の B2B パートナー API（商品フィード・卸注文）"),
        region=GCP, profile="go-small", util=0.3,
        errors=[err("*json.UnmarshalTypeError", "json: cannot unmarshal string into Go struct field OrderLine.quantity of type int",
                    [gframe("partner-gateway", "internal/orders.decodeOrder", "internal/orders/decode.go", 47),
                     gframe("partner-gateway", "internal/orders.(*Handler).Create", "internal/orders/handler.go", 88)],
                    0.002, status=400, endpoint="POST /partner/v1/orders")],
        logs=std_logs(0.05) + [log("request", "info", "partner order {order_id} accepted", 1.0,
                                   endpoint="POST /partner/v1/orders")]),

    # ---------------------------------------------------------------- identity
    svc("auth-service", "grpc", "identity", "go", 120, "2.30.1", [
        ep("identity.v1.AuthService/VerifyToken", "800us", "5ms", [
            seq(call("session-cache", "GET token:*", "50ms", miss=("identity-db", "SELECT access_tokens"))),
        ], err=0.00005),
        ep("identity.v1.AuthService/VerifyApiKey", "900us", "6ms", [
            seq(call("session-cache", "GET apikey:*", "50ms", miss=("identity-db", "SELECT api_keys"))),
        ], err=0.00005),
    ], ("Validates access tokens (JWT) and partner API keys", "アクセストークン（JWT）とパートナー API キーの検証"),
        profile="go-small", util=0.3,
        errors=[err("*jwt.ValidationError", "token is expired by 3m12s",
                    [gframe("auth-service", "internal/token.(*Verifier).Verify", "internal/token/verify.go", 63)],
                    0.0001, status=401)],
        logs=[log("error", "warn", "token rejected: {error}")]),
    svc("session-service", "grpc", "identity", "go", 80, "1.9.0", [
        ep("identity.v1.SessionService/GetSession", "600us", "4ms", [
            seq(call("session-cache", "GET session:*", "50ms", miss=("identity-db", "SELECT sessions"))),
        ], err=0.00005),
    ], ("Web sessions backed by Redis", "Redis を使った Web セッション管理"), profile="go-small", util=0.28,
        logs=[log("error", "error", "session lookup failed: {error}")]),
    svc("user-profile", "http", "identity", "java", 60, "4.3.7", [
        ep("GET /users/me", "4ms", "25ms", [seq(call("identity-db", "SELECT users", "1s"))], err=0.0001),
        ep("GET /users/:id/addresses", "4ms", "25ms", [seq(call("identity-db", "SELECT addresses", "1s"))],
           err=0.0001),
        ep("GET /users/:id/contact", "3ms", "20ms", [seq(call("identity-db", "SELECT users", "1s"))], err=0.0001),
    ], ("Customer profiles, addresses and contact preferences", "顧客プロフィール・住所・連絡先設定"), util=0.32,
        errors=[err("org.springframework.dao.EmptyResultDataAccessException",
                    "Incorrect result size: expected 1, actual 0",
                    [jframe("profile", "repository.AddressRepository", "findDefault", 74),
                     jframe("profile", "api.AddressController", "list", 39)],
                    0.0001, status=404, endpoint="GET /users/:id/addresses")],
        logs=std_logs(0.02)),
    svc("consent-service", "http", "identity", "node", 20, "1.4.2", [
        ep("GET /consent", "3ms", "18ms", [
            seq(call("session-cache", "GET consent:*", "50ms", miss=("identity-db", "SELECT consents"))),
        ], err=0.0001),
    ], ("Cookie and marketing consent (APPI)", "Cookie・マーケティング同意管理（個人情報保護法対応）"), profile="node-small", util=0.28,
        logs=std_logs(0.02)),

    # ---------------------------------------------------------------- catalog
    svc("product-catalog", "http", "catalog", "java", 200, "12.4.0", [
        ep("GET /products/:id", "5ms", "30ms", [
            seq(call("catalog-cache", "GET product:*", "100ms", miss=("catalog-db", "SELECT products"))),
            seq(par(call("pricing", "pricing.v1.PricingService/GetPrice", "300ms", 1),
                    call("inventory", "GET /stock/:sku", "300ms", degrade=True),
                    call("media-service", "GET /images/:sku", "300ms", degrade=True))),
        ], err=0.0001),
        ep("GET /products/featured", "4ms", "25ms", [
            seq(call("catalog-cache", "GET featured:*", "100ms", miss=("catalog-db", "SELECT featured_products"))),
            seq(call("pricing", "pricing.v1.PricingService/GetPrices", "500ms", 1)),
        ], err=0.0001),
        ep("GET /products", "12ms", "80ms", [
            seq(call("catalog-db", "SELECT products", "3s")),
            seq(call("pricing", "pricing.v1.PricingService/GetPrices", "500ms", 1)),
        ], err=0.0001, cpu=3.0),
    ], ("Product master data (the catalogue API)", "商品マスタ（カタログ API）"), util=0.34, hpa=1.5,
        errors=[err("java.lang.NullPointerException",
                    "Cannot invoke \"jp.hoshizora.catalog.model.Brand.getName()\" because the return value of \"jp.hoshizora.catalog.model.Product.getBrand()\" is null",
                    [jframe("catalog", "mapper.ProductMapper", "toDto", 112),
                     jframe("catalog", "api.ProductController", "get", 58)],
                    0.0001, endpoint="GET /products/:id")],
        logs=std_logs(0.005, "slow product lookup took {duration_ms}ms")),
    svc("pricing", "grpc", "catalog", "go", 140, "6.2.3", [
        ep("pricing.v1.PricingService/GetPrice", "1.2ms", "8ms", [
            seq(call("catalog-cache", "GET price:*", "50ms", miss=("catalog-db", "SELECT prices"))),
            seq(call("promotion", "promotion.v1.PromotionService/ApplyPromotions", "150ms", degrade=True)),
        ], err=0.00005),
        ep("pricing.v1.PricingService/GetPrices", "2ms", "12ms", [
            seq(call("catalog-cache", "GET price:*", "50ms", miss=("catalog-db", "SELECT prices"))),
            seq(call("promotion", "promotion.v1.PromotionService/ApplyPromotions", "150ms", degrade=True)),
        ], err=0.00005, cpu=2.0),
    ], ("Prices, campaign prices and tax-inclusive display", "価格・キャンペーン価格・税込表示"), util=0.33,
        errors=[err("*pricing.CurrencyError", "no exchange rate for TWD on 2026-03-10",
                    [gframe("pricing", "internal/fx.(*Table).Convert", "internal/fx/table.go", 91),
                     gframe("pricing", "internal/server.(*Server).GetPrice", "internal/server/price.go", 44)],
                    0.0001)],
        logs=[log("error", "error", "price lookup failed: {error}"),
              log("slow", "warn", "slow price computation {duration_ms}ms")]),
    svc("inventory", "http", "catalog", "java", 72, "7.0.5", [
        ep("GET /stock/:sku", "3ms", "20ms", [seq(call("inventory-db", "SELECT stock", "1s"))], err=0.0001),
        ep("POST /reservations", "6ms", "40ms", [
            seq(call("inventory-db", "UPDATE stock", "2s")),
            seq(call("catalog-events", "publish catalog.changed", "1s", degrade=True)),
        ], err=0.0002, cpu=2.5),
    ], ("Stock levels and reservations", "在庫数と引当"), util=0.3,
        errors=[err("jp.hoshizora.inventory.OutOfStockException", "SKU {sku_id} has no available stock in warehouse TKY-2",
                    [jframe("inventory", "service.ReservationService", "reserve", 143),
                     jframe("inventory", "api.ReservationController", "create", 52)],
                    0.0002, status=409, endpoint="POST /reservations")],
        logs=std_logs(0.02) + [log("request", "info", "reserved stock for order {order_id}", 0.5,
                                   endpoint="POST /reservations")]),
    svc("media-service", "http", "catalog", "go", 40, "2.1.0", [
        ep("GET /images/:sku", "1.5ms", "10ms", err=0.0001),
    ], ("Signed image URLs and renditions", "商品画像の署名付き URL とリサイズ"), profile="go-small", util=0.26,
        logs=std_logs(0.002)),
    svc("product-reviews", "http", "catalog", "python", 72, "3.8.1", [
        ep("GET /reviews/summary", "6ms", "40ms", [
            seq(call("content-db", "SELECT review_summaries", "400ms")),
        ], err=0.0002),
    ], ("Review summaries (runs on GCP next to the content database)", "レビュー集計（GCP 上、コンテンツ DB の近く）"),
        region=GCP, util=0.35,
        errors=[err("pydantic_core._pydantic_core.ValidationError", "1 validation error for ReviewSummary\nrating_avg\n  Input should be a valid number [type=float_type, input_value=None]",
                    [pframe("reviews/api/summary.py", 42, "get_summary"),
                     pframe("reviews/models.py", 88, "ReviewSummary.model_validate")],
                    0.0002)],
        logs=std_logs(0.01, "slow review summary {duration_ms}ms")),

    # ---------------------------------------------------------------- search (GCP)
    svc("search-api", "http", "search", "go", 72, "4.11.0", [
        ep("GET /search", "4ms", "30ms", [
            seq(call("search-ranker", "search.v1.Ranker/Rank", "1s")),
            seq(call("pricing", "pricing.v1.PricingService/GetPrices", "500ms", degrade=True)),
        ], err=0.0001),
    ], ("Search API: query parsing, facets, result assembly", "検索 API（クエリ解析・ファセット・結果組み立て）"),
        region=GCP, util=0.3,
        logs=std_logs(0.01, "slow search {duration_ms}ms")),
    svc("search-ranker", "grpc", "search", "python", 140, "2.19.3", [
        ep("search.v1.Ranker/Rank", "28ms", "160ms", [
            seq(call("embedding-service", "ai.v1.Embedding/Embed", "500ms", prob=0.1, degrade=True)),
        ], err=0.0001),
    ], ("Learning-to-rank over the search index", "検索インデックス上のランキング（LTR）"), region=GCP, util=0.4,
        errors=[err("ValueError", "could not convert string to float: 'NaN '",
                    [pframe("ranker/features/price.py", 31, "price_bucket"),
                     pframe("ranker/service.py", 118, "Rank")],
                    0.0002)],
        logs=[log("slow", "warn", "ranking took {duration_ms}ms"), log("error", "error", "rank failed: {error}")]),

    # ---------------------------------------------------------------- ai
    svc("recommendation", "grpc", "ai", "python", 160, "9.0.2", [
        ep("recs.v1.Recommender/GetHomeFeed", "9ms", "50ms", [
            seq(call("catalog-cache", "GET recs:*", "80ms", miss=("content-db", "SELECT item_embeddings"))),
        ], err=0.0001),
        ep("recs.v1.Recommender/GetSimilar", "7ms", "40ms", [
            seq(call("catalog-cache", "GET recs:*", "80ms", miss=("content-db", "SELECT item_embeddings"))),
        ], err=0.0001),
    ], ("Personalised and similar-item recommendations", "パーソナライズ・類似商品レコメンド"), region=GCP, util=0.35,
        errors=[err("IndexError", "index 0 is out of bounds for axis 0 with size 0",
                    [pframe("recs/ann.py", 77, "nearest"),
                     pframe("recs/service.py", 52, "GetSimilar")],
                    0.0002, endpoint="recs.v1.Recommender/GetSimilar")],
        logs=[log("error", "error", "recommendation failed: {error}")]),
    svc("embedding-service", "grpc", "ai", "python", 20, "1.3.0", [
        ep("ai.v1.Embedding/Embed", "3ms", "15ms", [
            seq(call("catalog-cache", "GET emb:*", "50ms",
                     miss=("bedrock-runtime", "POST /model/amazon.titan-embed-text-v2:0/invoke"))),
        ], err=0.0001),
    ], ("Text embeddings with a cache in front of Bedrock", "Bedrock の前段にキャッシュを持つテキスト埋め込み"),
        profile="python-small", util=0.28, logs=[log("error", "error", "embedding failed: {error}")]),
    svc("assistant-api", "http", "ai", "python", 12, "0.14.0", [
        ep("POST /assistant/messages", "25ms", "120ms", [
            seq(par(call("search-api", "GET /search", "2s", prob=0.6, degrade=True),
                    call("user-profile", "GET /users/me", "500ms", degrade=True))),
            seq(call("bedrock-runtime", "POST /model/anthropic.claude-3-5-sonnet/invoke", "30s", 2)),
            seq(call("content-db", "INSERT conversations", "1s")),
        ], err=0.0005),
    ], ("Shopping assistant chat (LLM via Amazon Bedrock)", "ショッピングアシスタント（Amazon Bedrock の LLM）"), profile="python-small", util=0.3,
        errors=[err("botocore.errorfactory.ValidationException",
                    "An error occurred (ValidationException) when calling the InvokeModel operation: Input is too long for requested model.",
                    [pframe("assistant/llm.py", 64, "invoke"),
                     pframe("assistant/chat.py", 131, "reply")],
                    0.001, status=400)],
        logs=[log("request", "info", "assistant reply {duration_ms}ms tier={customer_tier}", 0.2),
              log("error", "error", "assistant failed: {error}")]),

    # ---------------------------------------------------------------- cart
    svc("cart-service", "http", "cart", "java", 100, "5.12.0", [
        ep("GET /cart/count", "1.5ms", "8ms", [seq(call("cart-cache", "GET cart:*", "100ms"))], err=0.00005, cpu=0.4),
        ep("GET /cart", "5ms", "30ms", [
            seq(call("cart-cache", "GET cart:*", "100ms")),
            seq(call("pricing", "pricing.v1.PricingService/GetPrices", "500ms", 1)),
            seq(call("promotion", "promotion.v1.PromotionService/ApplyPromotions", "200ms", degrade=True)),
        ], err=0.0001, cpu=1.5),
        ep("POST /cart/items", "6ms", "35ms", [
            seq(call("inventory", "GET /stock/:sku", "500ms")),
            seq(call("cart-cache", "SET cart:*", "100ms")),
        ], err=0.0001, cpu=1.5),
    ], ("Shopping carts (Redis-backed)", "カート（Redis に保存）"), util=0.32,
        errors=[err("java.lang.IllegalStateException", "cart {cart_id} has an item with no price",
                    [jframe("cart", "pricing.CartPricing", "total", 57),
                     jframe("cart", "api.CartController", "get", 31)],
                    0.0001, endpoint="GET /cart")],
        logs=std_logs(0.005)),
    svc("promotion", "grpc", "cart", "go", 100, "3.3.1", [
        ep("promotion.v1.PromotionService/ApplyPromotions", "1ms", "6ms", [
            seq(call("catalog-cache", "GET promo:*", "50ms", miss=("catalog-db", "SELECT promotions"))),
        ], err=0.00005),
    ], ("Coupons and campaign rules", "クーポン・キャンペーンルール"), util=0.3,
        errors=[err("*promo.RuleError", "campaign SPRING26 has overlapping tiers",
                    [gframe("promotion", "internal/rules.(*Engine).Apply", "internal/rules/engine.go", 142)],
                    0.0001)],
        logs=[log("error", "error", "promotion evaluation failed: {error}")]),

    # ---------------------------------------------------------------- checkout
    svc("checkout-service", "http", "checkout", "java", 20, "11.8.2", [
        ep("POST /checkout", "18ms", "90ms", [
            seq(call("cart-service", "GET /cart", "1s")),
            seq(par(call("user-profile", "GET /users/:id/addresses", "500ms", 1),
                    call("address-validation", "POST /validate", "500ms", degrade=True),
                    call("tax-calculator", "tax.v1.TaxService/Calculate", "300ms", 1),
                    call("shipping-quote", "shipping.v1.QuoteService/Quote", "1.5s", degrade=True))),
            seq(call("inventory", "POST /reservations", "2s")),
            seq(call("payment-service", "POST /payments", "12s")),
            seq(call("order-service", "POST /orders", "3s")),
            seq(par(call("notification-service", "notify.v1.Notifier/Send", "500ms", degrade=True),
                    call("audit-log", "audit.v1.AuditService/Record", "300ms", degrade=True))),
        ], err=0.0001),
    ], ("Checkout orchestration", "購入手続きのオーケストレーション"), profile="java-small", util=0.25, hpa=2.0,
        errors=[err("jp.hoshizora.checkout.CartChangedException", "cart {cart_id} changed during checkout (version 7 != 8)",
                    [jframe("checkout", "flow.CheckoutFlow", "lockCart", 96),
                     jframe("checkout", "api.CheckoutController", "submit", 44)],
                    0.0002, status=409)],
        logs=[log("request", "info", "checkout {order_id} completed total={amount} method={payment_method}", 0.5),
              log("error", "error", "checkout failed: {error}"),
              log("slow", "warn", "slow checkout {duration_ms}ms")]),
    svc("address-validation", "http", "checkout", "node", 16, "2.0.9", [
        ep("POST /validate", "3ms", "20ms", [seq(call("geo-service", "geo.v1.GeoService/Geocode", "300ms"))], err=0.0002),
    ], ("Japanese address normalisation", "住所正規化"), profile="node-small", util=0.25,
        errors=[err("AddressNormalizeError", "unknown chome in 東京都千代田区丸の内9丁目",
                    [nframe("normalize", "dist/address/normalize.js", 140, 11)], 0.002, status=422)],
        logs=std_logs(0.1)),
    svc("tax-calculator", "grpc", "checkout", "go", 16, "1.6.0", [
        ep("tax.v1.TaxService/Calculate", "1ms", "6ms", err=0.00005),
    ], ("Consumption tax (10 % / 8 % reduced rate)", "消費税計算（10%・軽減税率 8%）"), profile="go-small", util=0.22),
    svc("shipping-quote", "grpc", "checkout", "go", 16, "2.4.4", [
        ep("shipping.v1.QuoteService/Quote", "2ms", "12ms", [
            seq(call("carrier-api", "POST /v1/rates", "1s", prob=0.25, degrade=True)),
        ], err=0.0001),
    ], ("Delivery dates and shipping fees", "配送日・送料の見積もり"), profile="go-small", util=0.25,
        logs=[log("error", "warn", "carrier rate lookup failed, using table rates: {error}")]),

    # ---------------------------------------------------------------- payments
    svc("payment-service", "http", "payments", "java", 20, "7.3.0", [
        ep("POST /payments", "12ms", "70ms", [
            seq(call("fraud-check", "fraud.v1.FraudService/Score", "500ms", degrade=True)),
            seq(call("points-service", "points.v1.PointsService/Redeem", "500ms", prob=0.1)),
            seq(call("acquirer-adapter", "POST /authorize", "9s")),
            seq(call("payments-db", "INSERT payments", "2s")),
            seq(call("audit-log", "audit.v1.AuditService/Record", "300ms", degrade=True)),
        ], err=0.0001),
    ], ("Payment orchestration (cards, PayPay, konbini, points)", "決済オーケストレーション（カード・PayPay・コンビニ・ポイント）"),
        profile="java-small", util=0.3,
        errors=[err("jp.hoshizora.payments.DuplicatePaymentException", "payment for order {order_id} already captured",
                    [jframe("payments", "service.PaymentService", "capture", 201),
                     jframe("payments", "api.PaymentController", "create", 63)],
                    0.0001, status=409)],
        logs=[log("request", "info", "payment {payment_id} authorised via {payment_method}", 0.5),
              log("error", "error", "payment {payment_id} failed: {error}")]),
    svc("fraud-check", "grpc", "payments", "python", 24, "4.1.0", [
        ep("fraud.v1.FraudService/Score", "15ms", "80ms", [
            seq(call("payments-db", "SELECT payment_history", "300ms")),
        ], err=0.0002),
    ], ("Fraud scoring model", "不正検知スコアリング"), profile="python-small", util=0.3,
        errors=[err("KeyError", "'device_fingerprint'",
                    [pframe("fraud/features/device.py", 23, "extract"),
                     pframe("fraud/scoring.py", 71, "score")],
                    0.0005)],
        logs=[log("request", "info", "fraud score computed for {payment_id}", 0.2),
              log("error", "error", "fraud scoring failed: {error}")]),
    svc("acquirer-adapter", "http", "payments", "java", 20, "3.9.2", [
        ep("POST /authorize", "6ms", "35ms", [
            seq(call("card-acquirer", "POST /v3/authorizations", "6s", 1)),
            seq(call("payments-db", "UPDATE payments", "2s")),
        ], err=0.0002),
    ], ("Adapter to the card acquirer's API", "カードアクワイアラー API へのアダプター"), profile="java-small", util=0.26,
        errors=[err("jp.hoshizora.acquirer.CardDeclinedException", "card declined: 05 Do not honour",
                    [jframe("acquirer", "client.AcquirerClient", "authorize", 118),
                     jframe("acquirer", "api.AuthorizeController", "authorize", 40)],
                    0.0002, status=402)],
        logs=[log("request", "info", "authorisation {payment_id} approved", 0.3),
              log("error", "error", "authorisation failed: {error}")]),
    svc("points-service", "grpc", "payments", "go", 36, "2.7.5", [
        ep("points.v1.PointsService/GetBalance", "1ms", "7ms", [seq(call("payments-db", "SELECT point_balances", "300ms"))],
           err=0.00005),
        ep("points.v1.PointsService/Redeem", "3ms", "18ms", [seq(call("payments-db", "UPDATE point_balances", "1s"))],
           err=0.0001, cpu=2.0),
    ], ("Loyalty points balance and redemption", "ポイント残高と利用"), profile="go-small", util=0.27,
        logs=[log("error", "error", "points operation failed: {error}")]),

    # ---------------------------------------------------------------- orders
    svc("order-service", "http", "orders", "java", 20, "9.14.1", [
        ep("POST /orders", "8ms", "45ms", [
            seq(call("orders-db", "INSERT orders", "2s")),
            seq(call("order-events", "publish orders.created", "1s")),
        ], err=0.0002),
    ], ("Order records (system of record)", "注文の記録（SoR）"), profile="java-small", util=0.25,
        errors=[err("org.postgresql.util.PSQLException", "ERROR: duplicate key value violates unique constraint \"orders_idempotency_key\"",
                    [jframe("orders", "repository.OrderRepository", "insert", 88),
                     jframe("orders", "service.OrderService", "create", 54)],
                    0.0001, status=409)],
        logs=[log("request", "info", "order {order_id} created for customer {customer_id}", 1.0),
              log("error", "error", "order creation failed: {error}")]),
    svc("order-history", "http", "orders", "go", 24, "2.2.0", [
        ep("GET /orders", "4ms", "25ms", [seq(call("orders-db", "SELECT orders", "1s"))], err=0.0001),
        ep("GET /orders/:id", "3ms", "20ms", [
            seq(call("orders-db", "SELECT orders", "1s")),
            seq(call("shipment-tracking", "GET /tracking/:id", "800ms", degrade=True)),
        ], err=0.0001),
    ], ("Order history for customers and partners", "顧客・パートナー向け注文履歴"), profile="go-small", util=0.28,
        logs=std_logs(0.01)),
    svc("invoice-service", "http", "orders", "java", 16, "1.18.0", [
        ep("POST /invoices", "15ms", "90ms", [seq(call("orders-db", "INSERT invoices", "2s"))], err=0.0002),
    ], ("Qualified invoices (インボイス制度) as PDF", "適格請求書（インボイス）PDF の発行"), profile="java-small", util=0.3,
        errors=[err("com.openhtmltopdf.exception.FontNotFoundException", "font 'NotoSansJP-Bold' not found in /fonts",
                    [jframe("invoice", "pdf.InvoiceRenderer", "render", 77)], 0.0003)],
        logs=[log("request", "info", "invoice issued for order {order_id}", 0.5),
              log("error", "error", "invoice failed: {error}")]),

    # ---------------------------------------------------------------- fulfillment
    svc("warehouse-api", "http", "fulfillment", "go", 16, "3.0.4", [
        ep("POST /shipments", "5ms", "30ms", [seq(call("carrier-api", "POST /v1/shipments", "5s", 2))], err=0.0002),
    ], ("Warehouse management API: picking lists and shipment labels", "倉庫管理 API（ピッキング・送り状）"), profile="go-small", util=0.25,
        logs=std_logs(0.2)),
    svc("shipment-tracking", "http", "fulfillment", "go", 12, "1.5.3", [
        ep("GET /tracking/:id", "3ms", "18ms", [
            seq(call("orders-db", "SELECT shipments", "500ms")),
            seq(call("carrier-api", "GET /v1/tracking/:id", "1s", prob=0.2, degrade=True)),
        ], err=0.0001),
    ], ("Delivery tracking", "配送状況の追跡"), profile="go-small", util=0.25, logs=std_logs(0.05)),
    svc("fulfillment-worker", "worker", "fulfillment", "python", 24, "6.4.0", [
        ep("process orders.created", "30ms", "180ms", [
            seq(call("warehouse-api", "POST /shipments", "6s", 1)),
            seq(call("invoice-service", "POST /invoices", "3s", 1)),
            seq(call("orders-db", "UPDATE orders", "2s", 2)),
            seq(call("notification-events", "publish notifications.requested", "1s")),
        ], err=0.0005),
    ], ("Turns new orders into shipments and invoices", "新規注文を出荷・請求書に変換するワーカー"), profile="python-small", util=0.3,
        errors=[err("sqlalchemy.exc.OperationalError", "(psycopg2.errors.SerializationFailure) could not serialize access due to concurrent update",
                    [pframe("fulfillment/repository.py", 58, "mark_shipped"),
                     pframe("fulfillment/consumer.py", 112, "handle")],
                    0.0005)],
        logs=[log("request", "info", "fulfilled order {order_id}", 0.5),
              log("error", "error", "could not fulfil order {order_id}: {error}")]),

    # ---------------------------------------------------------------- notifications
    svc("notification-service", "grpc", "notifications", "go", 16, "2.9.1", [
        ep("notify.v1.Notifier/Send", "2ms", "10ms", [
            seq(call("notification-events", "publish notifications.requested", "500ms")),
        ], err=0.0001),
    ], ("Accepts notification requests (mail, push)", "通知リクエストの受付（メール・プッシュ）"), profile="go-small", util=0.25,
        logs=[log("error", "error", "notification rejected: {error}")]),
    svc("notification-worker", "worker", "notifications", "go", 20, "2.9.1", [
        ep("process notifications.requested", "4ms", "25ms", [
            seq(call("user-profile", "GET /users/:id/contact", "1s", 1)),
            seq(call("email-provider", "POST /v3/mail/send", "10s", 2)),
        ], err=0.0002),
    ], ("Renders and sends e-mails", "メールの組み立てと送信"), profile="go-small", util=0.25,
        errors=[err("*mail.AddressError", "mail: no angle-addr",
                    [gframe("notification-worker", "internal/render.(*Renderer).Recipient", "internal/render/recipient.go", 29)],
                    0.0008, status=400)],
        logs=[log("request", "info", "sent mail template=order_confirmation to customer {customer_id}", 0.3),
              log("error", "error", "mail delivery failed: {error}")]),

    # ---------------------------------------------------------------- platform
    svc("feature-flags", "grpc", "platform", "go", 60, "1.21.0", [
        ep("flags.v1.FlagService/Evaluate", "300us", "2ms", err=0.00002),
    ], ("Feature flag evaluation (in-memory rules)", "フィーチャーフラグ評価（インメモリ）"), profile="go-small", util=0.3),
    svc("experiment-service", "grpc", "platform", "go", 36, "0.8.3", [
        ep("exp.v1.Experiments/Assign", "600us", "4ms", [
            seq(call("session-cache", "GET exp:*", "50ms")),
        ], err=0.00005),
    ], ("A/B test assignment", "A/B テストの割り当て"), profile="go-small", util=0.28),
    svc("audit-log", "grpc", "platform", "go", 16, "1.3.2", [
        ep("audit.v1.AuditService/Record", "1ms", "6ms", err=0.00005),
    ], ("Audit trail (shipped to S3 via Firehose)", "監査ログ（Firehose 経由で S3 へ）"), profile="go-small", util=0.25),
    svc("geo-service", "grpc", "platform", "go", 12, "1.1.0", [
        ep("geo.v1.GeoService/Geocode", "1.5ms", "9ms", err=0.0001),
    ], ("Postal code and address geocoding", "郵便番号・住所のジオコーディング"), profile="go-small", util=0.25),
    svc("search-indexer", "worker", "search", "java", 20, "4.11.0", [
        ep("process catalog.changed", "20ms", "120ms", [
            seq(call("catalog-db", "SELECT products", "2s", 1)),
            seq(call("embedding-service", "ai.v1.Embedding/Embed", "2s", 1)),
        ], err=0.0003),
    ], ("Keeps the search index in sync with the catalogue", "検索インデックスをカタログと同期"), region=GCP, profile="java-small", util=0.3,
        errors=[err("org.opensearch.client.ResponseException", "method [POST], host [https://search-index:9200], URI [/_bulk], status line [HTTP/1.1 429 Too Many Requests]",
                    [jframe("indexer", "sink.OpenSearchSink", "flush", 93),
                     jframe("indexer", "consumer.CatalogConsumer", "onMessage", 47)],
                    0.0005, status=500)],
        logs=[log("request", "debug", "indexed product {product_id}", 0.1),
              log("error", "error", "indexing failed: {error}")]),

    # ---------------------------------------------------------------- batch
    svc("description-generator", "batch", "ai", "python", 4, "0.6.1", [
        ep("generate product-description", "40ms", "200ms", [
            seq(call("catalog-db", "SELECT products", "2s")),
            seq(call("bedrock-runtime", "POST /model/anthropic.claude-3-5-sonnet/invoke", "60s", 3)),
            seq(call("catalog-db", "UPDATE products", "2s")),
            seq(call("catalog-events", "publish catalog.changed", "1s")),
        ], err=0.0005),
    ], ("Hourly job: writes product descriptions with an LLM", "毎時ジョブ：LLM で商品説明文を生成"), profile="python-small", util=0.35,
        schedule={"every": "1h", "offset": "0s", "items": 12000, "itemsPerSecond": 5,
                  "endpoint": "generate product-description"},
        errors=[err("json.decoder.JSONDecodeError", "Expecting ',' delimiter: line 1 column 214 (char 213)",
                    [pframe("descgen/parse.py", 19, "parse_model_output"),
                     pframe("descgen/job.py", 73, "process_item")],
                    0.003),
                err("KeyError", "'material'",
                    [pframe("descgen/prompt.py", 41, "build_prompt"),
                     pframe("descgen/job.py", 66, "process_item")],
                    0.001)],
        logs=[log("request", "info", "generated description for product {product_id}", 0.05),
              log("error", "error", "item {product_id} failed: {error}")]),
    svc("settlement-reconciler", "batch", "payments", "java", 4, "2.3.0", [
        ep("reconcile settlement-record", "6ms", "40ms", [
            seq(call("payments-db", "SELECT payments", "2s")),
            seq(call("orders-db", "SELECT orders", "2s")),
            seq(call("payments-db", "UPDATE settlements", "2s")),
        ], err=0.0002),
    ], ("Hourly job: matches acquirer settlement files with payments", "毎時ジョブ：アクワイアラーの精算データと決済を突合"),
        profile="java-small", util=0.35,
        schedule={"every": "1h", "offset": "2m", "items": 24000, "itemsPerSecond": 40,
                  "endpoint": "reconcile settlement-record"},
        errors=[err("jp.hoshizora.settlement.AmountMismatchException", "settlement {settlement_id} amount 12800 != captured 12080",
                    [jframe("settlement", "match.Matcher", "compare", 66),
                     jframe("settlement", "job.ReconcileStep", "process", 38)],
                    0.0008),
                err("java.time.format.DateTimeParseException", "Text '2026/03/10 24:00:00' could not be parsed at index 4",
                    [jframe("settlement", "io.SettlementFileReader", "parseDate", 121)],
                    0.0003)],
        logs=[log("error", "error", "reconciliation failed: {error}")]),
]

MANAGED = [
    # Databases
    managed("identity-db", "database", "data", {"system": "aurora-postgresql", "memory": "64Gi"}, [
        q("SELECT access_tokens", "1ms", "6ms"), q("SELECT api_keys", "1ms", "6ms"), q("SELECT sessions", "1ms", "6ms"),
        q("SELECT users", "1.5ms", "9ms"), q("SELECT addresses", "1.5ms", "9ms"), q("SELECT consents", "1ms", "6ms"),
    ], ("Aurora PostgreSQL: accounts, sessions, API keys", "Aurora PostgreSQL：アカウント・セッション・API キー")),
    managed("catalog-db", "database", "data", {"system": "aurora-mysql", "memory": "128Gi"}, [
        q("SELECT products", "2ms", "14ms"), q("SELECT featured_products", "3ms", "20ms"),
        q("SELECT prices", "1.2ms", "8ms"), q("SELECT promotions", "1.5ms", "10ms"), q("UPDATE products", "3ms", "20ms"),
    ], ("Aurora MySQL: products, prices, promotions", "Aurora MySQL：商品・価格・プロモーション")),
    managed("inventory-db", "database", "data", {"system": "aurora-mysql", "memory": "32Gi"}, [
        q("SELECT stock", "1ms", "7ms"), q("UPDATE stock", "3ms", "25ms"),
    ], ("Aurora MySQL: stock and reservations", "Aurora MySQL：在庫・引当")),
    managed("orders-db", "database", "data", {"system": "aurora-postgresql", "memory": "128Gi"}, [
        q("INSERT orders", "3ms", "20ms"), q("SELECT orders", "2ms", "15ms"), q("UPDATE orders", "2.5ms", "18ms"),
        q("INSERT invoices", "3ms", "20ms"), q("SELECT shipments", "1.5ms", "10ms"),
    ], ("Aurora PostgreSQL: orders, invoices, shipments", "Aurora PostgreSQL：注文・請求書・出荷")),
    managed("payments-db", "database", "data", {"system": "aurora-postgresql", "memory": "64Gi"}, [
        q("INSERT payments", "3ms", "20ms"), q("UPDATE payments", "2.5ms", "18ms"),
        q("SELECT payment_history", "4ms", "30ms"), q("SELECT point_balances", "1ms", "7ms"),
        q("UPDATE point_balances", "2.5ms", "18ms"), q("SELECT payments", "2ms", "14ms"),
        q("UPDATE settlements", "2.5ms", "18ms"),
    ], ("Aurora PostgreSQL: payments, points, settlements", "Aurora PostgreSQL：決済・ポイント・精算")),
    managed("content-db", "database", "data", {"system": "cloudsql-postgresql", "memory": "32Gi"}, [
        q("SELECT review_summaries", "2ms", "14ms"), q("SELECT item_embeddings", "5ms", "35ms"),
        q("INSERT conversations", "3ms", "20ms"),
    ], ("Cloud SQL for PostgreSQL (GCP): reviews, recommendation features, chat logs",
        "Cloud SQL for PostgreSQL（GCP）：レビュー・レコメンド特徴量・チャット履歴"), region=GCP),
    # Caches
    managed("session-cache", "cache", "data", {"system": "redis", "memory": "26Gi"}, [
        ep("GET token:*", "300us", "1.5ms", hit=0.97), ep("GET apikey:*", "300us", "1.5ms", hit=0.995),
        ep("GET session:*", "300us", "1.5ms", hit=0.995), ep("GET consent:*", "300us", "1.5ms", hit=0.9),
        ep("GET exp:*", "300us", "1.5ms", hit=1.0),
    ], ("ElastiCache for Redis: tokens, sessions, consent, experiments",
        "ElastiCache for Redis：トークン・セッション・同意・実験")),
    managed("catalog-cache", "cache", "data", {"system": "redis", "memory": "52Gi"}, [
        ep("GET product:*", "350us", "2ms", hit=0.94), ep("GET featured:*", "350us", "2ms", hit=0.99),
        ep("GET price:*", "300us", "1.8ms", hit=0.96), ep("GET promo:*", "300us", "1.8ms", hit=0.99),
        ep("GET recs:*", "400us", "2.5ms", hit=0.85), ep("GET emb:*", "400us", "2.5ms", hit=0.8),
    ], ("ElastiCache for Redis: product, price, promotion, recommendation and embedding cache",
        "ElastiCache for Redis：商品・価格・プロモーション・レコメンド・埋め込みのキャッシュ")),
    managed("cart-cache", "cache", "data", {"system": "redis", "memory": "13Gi"}, [
        ep("GET cart:*", "300us", "1.5ms", hit=1.0), ep("SET cart:*", "350us", "2ms", hit=1.0),
    ], ("ElastiCache for Redis: carts (persistent, AOF)", "ElastiCache for Redis：カート（AOF で永続化）")),
    # Queues
    managed("order-events", "queue", "data",
            {"system": "kafka", "consumer": "fulfillment-worker", "consumerEndpoint": "process orders.created",
             "consumers": 24, "consumerRate": 4},
            [q("publish orders.created")], ("Amazon MSK topic orders.created", "Amazon MSK のトピック orders.created")),
    managed("notification-events", "queue", "data",
            {"system": "kafka", "consumer": "notification-worker",
             "consumerEndpoint": "process notifications.requested", "consumers": 20, "consumerRate": 8},
            [q("publish notifications.requested")],
            ("Amazon MSK topic notifications.requested", "Amazon MSK のトピック notifications.requested")),
    managed("catalog-events", "queue", "data",
            {"system": "kafka", "consumer": "search-indexer", "consumerEndpoint": "process catalog.changed",
             "consumers": 20, "consumerRate": 5},
            [q("publish catalog.changed")], ("Amazon MSK topic catalog.changed", "Amazon MSK のトピック catalog.changed")),
    # External APIs
    managed("bedrock-runtime", "external", "external", {"system": "aws-bedrock", "rateLimit": 80}, [
        ep("POST /model/anthropic.claude-3-5-sonnet/invoke", "1.6s", "7s", err=0.001),
        ep("POST /model/amazon.titan-embed-text-v2:0/invoke", "45ms", "250ms", err=0.0005),
    ], ("Amazon Bedrock runtime (InvokeModel)", "Amazon Bedrock ランタイム（InvokeModel）"), region="external"),
    managed("card-acquirer", "external", "external", {"system": "acquirer-api", "rateLimit": 100}, [
        ep("POST /v3/authorizations", "180ms", "900ms", err=0.0005),
    ], ("Card acquirer's authorisation API", "カードアクワイアラーのオーソリ API"), region="external"),
    managed("email-provider", "external", "external", {"system": "email-api", "rateLimit": 200}, [
        ep("POST /v3/mail/send", "60ms", "400ms", err=0.0005),
    ], ("Transactional e-mail provider", "トランザクションメール配信サービス"), region="external"),
    managed("carrier-api", "external", "external", {"system": "carrier-api", "rateLimit": 120}, [
        ep("POST /v1/rates", "120ms", "600ms", err=0.001), ep("POST /v1/shipments", "250ms", "1.2s", err=0.001),
        ep("GET /v1/tracking/:id", "90ms", "500ms", err=0.001),
    ], ("Delivery carrier's API (rates, labels, tracking)", "配送業者 API（運賃・送り状・追跡）"), region="external"),
]

TRAFFIC = {
    "entries": [
        {"service": "edge-alb", "endpoint": "GET /", "rate": 330},
        {"service": "edge-alb", "endpoint": "GET /products/:id", "rate": 500},
        {"service": "edge-alb", "endpoint": "GET /search", "rate": 270},
        {"service": "edge-alb", "endpoint": "GET /cart", "rate": 90},
        {"service": "edge-alb", "endpoint": "POST /cart/items", "rate": 45},
        {"service": "edge-alb", "endpoint": "POST /checkout", "rate": 14},
        {"service": "edge-alb", "endpoint": "GET /api/v2/home", "rate": 250},
        {"service": "edge-alb", "endpoint": "GET /api/v2/products/:id", "rate": 310},
        {"service": "edge-alb", "endpoint": "GET /api/v2/search", "rate": 170},
        {"service": "edge-alb", "endpoint": "GET /api/v2/orders", "rate": 34},
        {"service": "edge-alb", "endpoint": "POST /api/v2/checkout", "rate": 11},
        {"service": "edge-alb", "endpoint": "POST /api/v2/assistant/messages", "rate": 10},
        {"service": "partner-glb", "endpoint": "GET /partner/v1/products", "rate": 45},
        {"service": "partner-glb", "endpoint": "POST /partner/v1/orders", "rate": 3},
        {"service": "partner-glb", "endpoint": "GET /partner/v1/orders/:id", "rate": 14},
    ],
    "attributes": {
        "customer.tier": {"guest": 0.45, "member": 0.4, "premium": 0.15},
        "payment.method": {"card": 0.7, "paypay": 0.14, "konbini": 0.06, "points": 0.1},
        "user.country": {"JP": 0.93, "TW": 0.04, "US": 0.03},
    },
    "daily": DAILY,
}

# --------------------------------------------------------------------------------------------------
# Capacity computation


def parse_duration(s):
    units = [("us", 1e-6), ("ms", 1e-3), ("s", 1.0), ("m", 60.0), ("h", 3600.0)]
    for u, f in units:
        if s.endswith(u) and s[: -len(u)].replace(".", "", 1).isdigit():
            return float(s[: -len(u)]) * f
    raise ValueError(s)


def lognormal_mean(p50, p99):
    m, p = parse_duration(p50), parse_duration(p99)
    sigma = math.log(p / m) / 2.3263478740408408
    return m * math.exp(sigma * sigma / 2)


def fmt_cpu(seconds):
    """A readable duration with two significant digits: 12ms, 1.5ms, 850us."""
    us = seconds * 1e6
    if us >= 1000:
        ms = us / 1000
        v = round(ms, 1) if ms < 10 else round(ms)
        return f"{v:g}ms"
    v = round(us, -1) if us >= 100 else round(us)
    return f"{max(v, 10):g}us"


def compute(all_services):
    by_name = {s["name"]: s for s in all_services}
    eps = {(s["name"], e["name"]): e for s in all_services for e in s["endpoints"]}
    rate = {k: 0.0 for k in eps}
    problems = []

    def push(key, r, path):
        if key not in eps:
            problems.append(f"unknown endpoint {key} (from {path[-1] if path else 'entry'})")
            return
        if key in path:
            problems.append("call cycle: " + " -> ".join(map(str, path + [key])))
            return
        rate[key] += r
        svc_ = by_name[key[0]]
        for step in eps[key].get("steps", []):
            calls = step["parallel"] if "parallel" in step else [step["call"]]
            for c in calls:
                cr = r * c.get("probability", 1.0)
                push((c["service"], c["endpoint"]), cr, path + [key])
                if "onMiss" in c:
                    callee = eps.get((c["service"], c["endpoint"]))
                    hit = callee.get("hitRatio", 1.0) if callee else 1.0
                    push((c["onMiss"]["service"], c["onMiss"]["endpoint"]), cr * (1 - hit), path + [key])
        if svc_["kind"] == "queue":
            res = svc_["resource"]
            push((res["consumer"], res["consumerEndpoint"]), r, path + [key])

    peak = DAILY["peak"]
    for e in TRAFFIC["entries"]:
        push((e["service"], e["endpoint"]), e["rate"] * peak, [])
    for s in all_services:
        if "schedule" in s:
            push((s["name"], s["schedule"]["endpoint"]), s["schedule"]["itemsPerSecond"], [])
    return by_name, eps, rate, problems


def finalise(all_services):
    by_name, eps, rate, problems = compute(all_services)
    report = []
    pods = 0
    for s in all_services:
        svc_rate = sum(rate[(s["name"], e["name"])] for e in s["endpoints"])
        if svc_rate <= 0:
            problems.append(f"{s['name']} gets no traffic")
        if "deployment" in s:
            d = s["deployment"]
            pods += d["replicas"]
            capacity = d["replicas"] * d["cpu"]["limit"]
            weighted = sum(rate[(s["name"], e["name"])] * e["_cpu"] for e in s["endpoints"])
            # CPU seconds per unit of weight so that the service sits at its target utilisation at the peak.
            unit = s["_util"] * capacity / weighted
            offered = 0.0
            for e in s["endpoints"]:
                cpu = fmt_cpu(unit * e["_cpu"])
                e["cpuPerRequest"] = cpu
                offered += rate[(s["name"], e["name"])] * parse_duration(cpu)
            util = offered / capacity
            if not 0.2 <= util <= 0.5:
                problems.append(f"{s['name']} utilisation {util:.0%} at peak")
            report.append(f"  {s['name']:<24} {s['kind']:<7} pods {d['replicas']:>4}  {svc_rate:8.1f} rps  "
                          f"util {util:5.1%}  cpu/req " + ", ".join(e["cpuPerRequest"] for e in s["endpoints"]))
        elif s["kind"] == "database":
            in_use = sum(rate[(s["name"], e["name"])] * lognormal_mean(e["latency"]["p50"], e["latency"]["p99"])
                         for e in s["endpoints"])
            max_conn = max(40, int(math.ceil(in_use / 0.25 / 10.0)) * 10)
            s["resource"]["maxConnections"] = max_conn
            report.append(f"  {s['name']:<24} db      {svc_rate:8.1f} qps  connections {in_use:5.1f}/{max_conn}")
        elif s["kind"] == "external":
            limit = s["resource"]["rateLimit"]
            if svc_rate > 0.6 * limit:
                problems.append(f"{s['name']} at {svc_rate / limit:.0%} of its rate limit")
            report.append(f"  {s['name']:<24} ext     {svc_rate:8.1f} rps  of limit {limit} ({svc_rate / limit:.0%})")
        elif s["kind"] == "queue":
            res = s["resource"]
            cap = res["consumers"] * res["consumerRate"]
            consumer = by_name[res["consumer"]]
            if res["consumers"] != consumer["deployment"]["replicas"]:
                problems.append(f"{s['name']}: consumers != {consumer['name']} replicas")
            if cap < 2 * svc_rate:
                problems.append(f"{s['name']}: consumer capacity {cap} < 2x publish rate {svc_rate:.1f}")
            report.append(f"  {s['name']:<24} queue   {svc_rate:8.1f} msg/s  capacity {cap} ({cap / svc_rate:.1f}x)")
        else:
            report.append(f"  {s['name']:<24} {s['kind']:<7} {svc_rate:8.1f} rps")
    for s in all_services:
        s.pop("_util", None)
        for e in s["endpoints"]:
            e.pop("_cpu", None)
            if "cpuPerRequest" in e:  # keep the documented key order: name, latency, errorRate, cpuPerRequest, steps
                steps = e.pop("steps", None)
                if steps is not None:
                    e["steps"] = steps
    entry_rate = sum(e["rate"] for e in TRAFFIC["entries"])
    return problems, report, pods, entry_rate


# --------------------------------------------------------------------------------------------------
# Output: compact JSON (short objects and arrays on one line), stable across runs


def dump(value, indent=0, width=118):
    flat = json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    if len(flat) + indent <= width or not isinstance(value, (dict, list)) or not value:
        return flat
    pad = " " * (indent + 2)
    if isinstance(value, list):
        items = [pad + dump(v, indent + 2, width) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + " " * indent + "]"
    items = [pad + json.dumps(k, ensure_ascii=False) + ": " + dump(v, indent + 2, width) for k, v in value.items()]
    return "{\n" + ",\n".join(items) + "\n" + " " * indent + "}"


def build():
    all_services = LBS + SERVICES + MANAGED
    names = [s["name"] for s in all_services]
    problems, report, pods, entry_rate = finalise(all_services)
    if len(set(names)) != len(names):
        problems.append("duplicate service names")
    topo = {
        "$schema": "../schema/topology.schema.json",
        "format": "kunren.topology/1",
        "id": "platform",
        "title": {"en": "Commerce platform (~60 services, ~2,500 containers, AWS + GCP)",
                  "ja": "EC プラットフォーム（約60サービス・約2,500コンテナ、AWS + GCP）"},
        "cluster": "hoshizora-prod",
        "environment": "prod",
        "services": all_services,
        "traffic": TRAFFIC,
    }
    text = dump(topo) + "\n"
    kinds = {}
    for s in all_services:
        kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
    summary = (f"{len(all_services)} components ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}), "
               f"{pods} pods, entry rate {entry_rate:g} rps at the daily mean, "
               f"{entry_rate * DAILY['peak']:.0f} rps at the peak")
    return text, problems, report, summary


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if the committed file differs")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()
    text, problems, report, summary = build()
    if not args.quiet:
        print("\n".join(report))
        print(summary)
    for p in problems:
        print("problem:", p, file=sys.stderr)
    if problems:
        return 1
    digest = hashlib.sha256(text.encode()).hexdigest()[:12]
    if args.check:
        with open(OUT, encoding="utf-8") as f:
            same = f.read() == text
        print("up to date" if same else "out of date: re-run tools/gen_platform_topology.py")
        return 0 if same else 1
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {os.path.relpath(OUT, ROOT)} ({digest})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
