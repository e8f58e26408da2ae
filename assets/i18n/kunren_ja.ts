<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ChannelsPage</name>
    <message>
        <source>Everything, in order</source>
        <translation>すべてを時系列で</translation>
    </message>
    <message>
        <source>User impact now: triage immediately</source>
        <translation>ユーザー影響が発生中: 直ちにトリアージ</translation>
    </message>
    <message>
        <source>Pages to you; re-notify until acknowledged</source>
        <translation>あなたを呼び出し、確認するまで再通知</translation>
    </message>
    <message>
        <source>May become a problem; reviewed later</source>
        <translation>問題になる可能性あり: 後でレビュー</translation>
    </message>
    <message>
        <source>What users tell support</source>
        <translation>ユーザーからサポートへの問い合わせ</translation>
    </message>
</context>
<context>
    <name>Dashboards</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Requests and errors per second</source>
        <translation>毎秒のリクエスト数とエラー数</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>エラー率</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>レイテンシ</translation>
    </message>
    <message>
        <source>pod %1</source>
        <translation>Pod %1</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>コネクション</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>pool size</source>
        <translation>プールサイズ</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>freeable</source>
        <translation>解放可能</translation>
    </message>
    <message>
        <source>swap used</source>
        <translation>スワップ使用量</translation>
    </message>
    <message>
        <source>Cache hit ratio</source>
        <translation>キャッシュヒット率</translation>
    </message>
    <message>
        <source>hit ratio</source>
        <translation>ヒット率</translation>
    </message>
    <message>
        <source>Queue depth</source>
        <translation>キューの深さ</translation>
    </message>
    <message>
        <source>messages waiting</source>
        <translation>待機中のメッセージ</translation>
    </message>
    <message>
        <source>Consumer lag</source>
        <translation>コンシューマーラグ</translation>
    </message>
    <message>
        <source>oldest message age</source>
        <translation>最古メッセージの経過時間</translation>
    </message>
    <message>
        <source>Published and consumed per second</source>
        <translation>毎秒のパブリッシュ数と消費数</translation>
    </message>
    <message>
        <source>published/s</source>
        <translation>パブリッシュ/s</translation>
    </message>
    <message>
        <source>consumed/s</source>
        <translation>消費/s</translation>
    </message>
    <message>
        <source>Calls against the rate limit</source>
        <translation>レート制限に対する呼び出し数</translation>
    </message>
    <message>
        <source>calls/s</source>
        <translation>呼び出し/s</translation>
    </message>
    <message>
        <source>rate limit</source>
        <translation>レート制限</translation>
    </message>
    <message>
        <source>Throttled (429) and client errors per second</source>
        <translation>毎秒のスロットリング (429) とクライアントエラー</translation>
    </message>
    <message>
        <source>throttled/s</source>
        <translation>スロットリング/s</translation>
    </message>
    <message>
        <source>client errors/s</source>
        <translation>クライアントエラー/s</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>リミット</translation>
    </message>
    <message>
        <source>throttled periods</source>
        <translation>スロットリングされた期間</translation>
    </message>
    <message>
        <source>CPU throttling</source>
        <translation>CPU スロットリング</translation>
    </message>
    <message>
        <source>Memory working set per pod</source>
        <translation>Pod ごとのメモリワーキングセット</translation>
    </message>
    <message>
        <source>Restarts and OOM kills</source>
        <translation>再起動と OOM Kill</translation>
    </message>
    <message>
        <source>restarts</source>
        <translation>再起動</translation>
    </message>
    <message>
        <source>OOM kills</source>
        <translation>OOM Kill</translation>
    </message>
    <message>
        <source>desired</source>
        <translation>希望数</translation>
    </message>
    <message>
        <source>available</source>
        <translation>利用可能</translation>
    </message>
    <message>
        <source>HPA desired</source>
        <translation>HPA 希望数</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>レプリカ</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>リクエスト/秒</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ミリ秒</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>接続数</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>メッセージ数</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>msg/s</source>
        <translation>メッセージ/秒</translation>
    </message>
    <message>
        <source>CPU per pod</source>
        <translation>Pod ごとの CPU</translation>
    </message>
    <message>
        <source>cores</source>
        <translation>コア</translation>
    </message>
    <message>
        <source>count</source>
        <translation>回数</translation>
    </message>
    <message>
        <source>pods</source>
        <translation>Pod 数</translation>
    </message>
</context>
<context>
    <name>DrillLabels</name>
    <message>
        <source>Bad deploy</source>
        <translation>不具合のあるデプロイ</translation>
    </message>
    <message>
        <source>Resource exhaustion</source>
        <translation>リソース枯渇</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>キャパシティ</translation>
    </message>
    <message>
        <source>Dependency failure</source>
        <translation>依存関係の障害</translation>
    </message>
    <message>
        <source>Config change</source>
        <translation>設定変更</translation>
    </message>
    <message>
        <source>External limit</source>
        <translation>外部の制限</translation>
    </message>
    <message>
        <source>Data / input</source>
        <translation>データ / 入力</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Instrumentation / telemetry</source>
        <translation>計装 / テレメトリー</translation>
    </message>
    <message>
        <source>Not a system fault</source>
        <translation>システム障害ではない</translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation>ロールバック</translation>
    </message>
    <message>
        <source>Scale Out</source>
        <translation>スケールアウト</translation>
    </message>
    <message>
        <source>Raise a Limit</source>
        <translation>上限を引き上げ</translation>
    </message>
    <message>
        <source>Restart Pods</source>
        <translation>Pod を再起動</translation>
    </message>
    <message>
        <source>Fail Over</source>
        <translation>フェイルオーバー</translation>
    </message>
    <message>
        <source>Disable a Feature Flag</source>
        <translation>フィーチャーフラグを無効化</translation>
    </message>
    <message>
        <source>Do Nothing (Keep Watching)</source>
        <translation>何もしない (監視を継続)</translation>
    </message>
    <message>
        <source>Rolls a service back to its previous version (one pod every 15 s), or reverts the target&apos;s latest config change.</source>
        <translation>サービスを前のバージョンにロールバックします (15 s ごとに Pod を 1 つずつ)。または、対象の直近の設定変更を元に戻します。</translation>
    </message>
    <message>
        <source>Doubles the replicas (at most +10) and raises the autoscaler&apos;s floor. Each new pod opens its own database connections.</source>
        <translation>レプリカ数を 2 倍にし (最大 +10)、オートスケーラーの下限を引き上げます。新しい Pod はそれぞれ独自にデータベース接続を開きます。</translation>
    </message>
    <message>
        <source>Database: doubles the pool and the instance. External API: doubles the quota. Queue: doubles the consumers. Pods: doubles the memory limit.</source>
        <translation>データベース: プールとインスタンスを 2 倍にします。外部 API: クォータを 2 倍にします。キュー: コンシューマーを 2 倍にします。Pod: メモリリミットを 2 倍にします。</translation>
    </message>
    <message>
        <source>Deletes every pod at once (no capacity for about 10 s); a database or cache restarts cold.</source>
        <translation>すべての Pod を一度に削除します (約 10 s の間キャパシティがなくなります)。データベースやキャッシュはコールドスタートになります。</translation>
    </message>
    <message>
        <source>Moves the target to its standby: 30 s of refused connections, then a cold standby.</source>
        <translation>対象をスタンバイに切り替えます。30 s の間接続が拒否され、その後はコールド状態のスタンバイで稼働します。</translation>
    </message>
    <message>
        <source>Turns off the feature flag flipped on the target (5 s to take effect).</source>
        <translation>対象で有効化されたフィーチャーフラグを無効にします (反映まで 5 s)。</translation>
    </message>
    <message>
        <source>Changes nothing: keep watching the symptoms.</source>
        <translation>何も変更しません。症状の監視を続けます。</translation>
    </message>
    <message>
        <source>Correct: right component and mechanism</source>
        <translation>正解: コンポーネントもメカニズムも正しい</translation>
    </message>
    <message>
        <source>Right component, wrong mechanism</source>
        <translation>コンポーネントは正しいが、メカニズムが誤り</translation>
    </message>
    <message>
        <source>A direct neighbour of the cause, right mechanism</source>
        <translation>原因に直接隣接するコンポーネント、メカニズムは正しい</translation>
    </message>
    <message>
        <source>A direct neighbour of the cause, wrong mechanism</source>
        <translation>原因に直接隣接するコンポーネント、メカニズムは誤り</translation>
    </message>
    <message>
        <source>Wrong root cause</source>
        <translation>根本原因が不正解</translation>
    </message>
    <message>
        <source>No hypothesis declared</source>
        <translation>仮説の宣言なし</translation>
    </message>
    <message>
        <source>Time to acknowledge</source>
        <translation>確認までの時間</translation>
    </message>
    <message>
        <source>Time to root cause</source>
        <translation>根本原因特定までの時間</translation>
    </message>
    <message>
        <source>Time to mitigation</source>
        <translation>緩和までの時間</translation>
    </message>
    <message>
        <source>Error budget saved</source>
        <translation>温存したエラーバジェット</translation>
    </message>
    <message>
        <source>Trigger named</source>
        <translation>トリガーの特定</translation>
    </message>
    <message>
        <source>Evidence cited</source>
        <translation>根拠の提示</translation>
    </message>
    <message>
        <source>Wrong hypotheses</source>
        <translation>不正解の仮説</translation>
    </message>
    <message>
        <source>Hints taken</source>
        <translation>使用したヒント</translation>
    </message>
    <message>
        <source>Wrong mitigations</source>
        <translation>不正解の緩和策</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation>緩和</translation>
    </message>
    <message>
        <source>Prevent</source>
        <translation>予防</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>検知</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>プロセス</translation>
    </message>
    <message>
        <source>no alert acknowledged</source>
        <translation>確認済みのアラートなし</translation>
    </message>
    <message>
        <source>acknowledged %1 after the first page (target %2)</source>
        <translation>最初の呼び出しから %1 後に確認 (目標 %2)</translation>
    </message>
    <message>
        <source>acknowledged %1 after the fault (target %2)</source>
        <translation>障害発生から %1 後に確認 (目標 %2)</translation>
    </message>
    <message>
        <source>correct hypothesis %1 after the fault (target %2)</source>
        <translation>障害発生から %1 後に正しい仮説 (目標 %2)</translation>
    </message>
    <message>
        <source>no correct hypothesis</source>
        <translation>正しい仮説なし</translation>
    </message>
    <message>
        <source>right mitigation %1 after the fault (target %2)</source>
        <translation>障害発生から %1 後に正しい緩和策 (目標 %2)</translation>
    </message>
    <message>
        <source>the right mitigation was not applied</source>
        <translation>正しい緩和策は未適用</translation>
    </message>
    <message>
        <source>%1 % of the 30-day budget burned; %2 % had nobody acted</source>
        <translation>30 日間のバジェットの %1 % を消費 (誰も対応しなかった場合は %2 %)</translation>
    </message>
    <message>
        <source>correctly named no trigger event</source>
        <translation>トリガーイベントがないことを正しく指摘</translation>
    </message>
    <message>
        <source>no trigger event to name</source>
        <translation>特定すべきトリガーイベントなし</translation>
    </message>
    <message>
        <source>named the triggering event</source>
        <translation>トリガーとなったイベントを特定</translation>
    </message>
    <message>
        <source>trigger not identified</source>
        <translation>トリガーを特定できず</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of evidence on hypotheses about the right component</source>
        <translation>
            <numerusform>正しいコンポーネントに関する仮説に %n 件の根拠</numerusform>
        </translation>
    </message>
    <message>
        <source>Guesses before the fault</source>
        <translation>障害発生前の当て推量</translation>
    </message>
    <message>
        <source>%1 × %2 (declared before there was anything to see)</source>
        <translation>%1 × %2 (まだ何も見えないうちに宣言)</translation>
    </message>
</context>
<context>
    <name>EvidenceSource</name>
    <message>
        <source>Bookmark as Evidence</source>
        <translation>根拠としてブックマーク</translation>
    </message>
    <message>
        <source>Keep this for the hypothesis you declare (Ctrl+B)</source>
        <translation>宣言する仮説の根拠としてこれを保存します (Ctrl+B)</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>HTTP service</source>
        <translation>HTTP サービス</translation>
    </message>
    <message>
        <source>gRPC service</source>
        <translation>gRPC サービス</translation>
    </message>
    <message>
        <source>queue worker</source>
        <translation>キューワーカー</translation>
    </message>
    <message>
        <source>batch job</source>
        <translation>バッチジョブ</translation>
    </message>
    <message>
        <source>database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>キャッシュ</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <source>external API</source>
        <translation>外部 API</translation>
    </message>
    <message>
        <source>load balancer</source>
        <translation>ロードバランサー</translation>
    </message>
    <message>
        <source>beginner</source>
        <translation>初級</translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation>中級</translation>
    </message>
    <message>
        <source>advanced</source>
        <translation>上級</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>producer</source>
        <translation>プロデューサー</translation>
    </message>
    <message>
        <source>consumer</source>
        <translation>コンシューマー</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>This trace starts at a service that is normally called by another: its caller&apos;s part is in a different trace.</source>
        <translation>このトレースは、通常は別のサービスから呼び出されるサービスから始まっています。呼び出し元の部分は別のトレースにあります。</translation>
    </message>
    <message>
        <source>A span points at a parent span that was never recorded.</source>
        <translation>スパンが、記録されていない親スパンを参照しています。</translation>
    </message>
    <message>
        <source>A call to an instrumented service has no span from that service: its work was recorded in another trace.</source>
        <translation>計装済みサービスへの呼び出しに、そのサービスのスパンがありません。その処理は別のトレースに記録されています。</translation>
    </message>
    <message>
        <source>Request attributes were lost on the way (context not propagated).</source>
        <translation>リクエストの属性が途中で失われました (コンテキストが伝播されていません)。</translation>
    </message>
    <message>
        <source>trainee</source>
        <translation>訓練者</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>チャンネル</translation>
    </message>
    <message>
        <source>Service Map</source>
        <translation>サービスマップ</translation>
    </message>
    <message>
        <source>APM</source>
        <translation>APM</translation>
    </message>
    <message>
        <source>Traces</source>
        <translation>トレース</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>メトリクス</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>モニター</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>No trace %1 up to %2: it may not have been sampled, or it has not started yet.</source>
        <translation>%2 の時点でトレース %1 はありません。サンプリングされなかったか、まだ開始されていない可能性があります。</translation>
    </message>
    <message>
        <source>Trace %1 is not complete yet.</source>
        <translation>トレース %1 はまだ完了していません。</translation>
    </message>
</context>
<context>
    <name>RetroWording</name>
    <message>
        <source>%1 %2</source>
        <comment>mitigation, target</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Drill started (%1, seed %2)</source>
        <translation>訓練開始 (%1、シード %2)</translation>
    </message>
    <message>
        <source>Acknowledged alert %1</source>
        <translation>アラート %1 を確認</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開いた</translation>
    </message>
    <message>
        <source>Ran query in the open view: %1</source>
        <translation>表示中の画面でクエリを実行: %1</translation>
    </message>
    <message>
        <source>Ran query in %1: %2</source>
        <translation>%1 でクエリを実行: %2</translation>
    </message>
    <message>
        <source>Took hint %1: %2</source>
        <translation>ヒント %1 を使用: %2</translation>
    </message>
    <message>
        <source>Took hint %1</source>
        <translation>ヒント %1 を使用</translation>
    </message>
    <message>
        <source>Hypothesis: %1 — %2</source>
        <translation>仮説: %1 — %2</translation>
    </message>
    <message>
        <source>, triggered by %1</source>
        <translation>、トリガーは %1</translation>
    </message>
    <message numerus="yes">
        <source> (%n piece(s) of evidence)</source>
        <translation>
            <numerusform> (根拠 %n 件)</numerusform>
        </translation>
    </message>
    <message>
        <source>Decided not to change anything</source>
        <translation>何も変更しないと判断</translation>
    </message>
    <message>
        <source>Mitigation: %1</source>
        <translation>緩和策: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>メモ: %1</translation>
    </message>
    <message>
        <source>Drill ended</source>
        <translation>訓練終了</translation>
    </message>
    <message>
        <source>Drill ended (%1)</source>
        <translation>訓練終了 (%1)</translation>
    </message>
    <message>
        <source>Impact began: %1 (%2)</source>
        <translation>影響開始: %1 (%2)</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>最初の呼び出し</translation>
    </message>
    <message>
        <source>Error rate back to its baseline</source>
        <translation>エラー率が平常値に回復</translation>
    </message>
    <message>
        <source>Retrospective: %1</source>
        <translation>ふりかえり: %1</translation>
    </message>
    <message>
        <source>Error rate on %1 peaked at %2 in minute %3. </source>
        <translation>%1 のエラー率は %3 分目に %2 でピークに達しました。</translation>
    </message>
    <message>
        <source>%1 of the 30-day error budget burned (%2 had nobody acted).</source>
        <translation>30 日間のエラーバジェットの %1 を消費しました (誰も対応しなかった場合は %2)。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2。</translation>
    </message>
    <message>
        <source> Evidence:</source>
        <translation> 根拠:</translation>
    </message>
    <message>
        <source>No triggering event.</source>
        <translation>トリガーとなったイベントはありません。</translation>
    </message>
    <message>
        <source>Alert %1 acknowledged at %2, %3 after the impact began.</source>
        <translation>アラート %1 を %2 に確認しました。影響開始から %3 後です。</translation>
    </message>
    <message>
        <source>no change made</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Recovered at %1.</source>
        <translation>%1 に回復しました。</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>訓練者</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影響</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>トリガー</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>検知</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解決</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>教訓</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>うまくいったこと</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>うまくいかなかったこと</translation>
    </message>
    <message>
        <source>Where we got lucky</source>
        <translation>幸運だったこと</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>アクションアイテム</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>アクションアイテム</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Tool familiarity</source>
        <translation>ツールへの習熟度</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Self-rating (1–5)</source>
        <translation>自己評価 (1–5)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>発生元</translation>
    </message>
    <message>
        <source>What</source>
        <translation>出来事</translation>
    </message>
    <message>
        <source>_(not written)_</source>
        <translation>_(未記入)_</translation>
    </message>
    <message>
        <source>_(none)_</source>
        <translation>_(なし)_</translation>
    </message>
    <message>
        <source>_(no tools used)_</source>
        <translation>_(使用したツールなし)_</translation>
    </message>
    <message>
        <source>Clock speed set to %1×</source>
        <translation>時計の速度を %1× に変更</translation>
    </message>
    <message>
        <source>Paused the clock</source>
        <translation>時計を一時停止</translation>
    </message>
    <message>
        <source>Clock running again (stood still %1)</source>
        <translation>時計を再開 (%1 停止していました)</translation>
    </message>
    <message>
        <source>Clock running</source>
        <translation>時計を開始</translation>
    </message>
    <message>
        <source>Jumped ahead from %1</source>
        <translation>%1 から先へジャンプ</translation>
    </message>
    <message>
        <source>Moved issue %1 to %2</source>
        <translation>イシュー %1 を「%2」に変更</translation>
    </message>
</context>
<context>
    <name>ServiceMap</name>
    <message>
        <source>no traffic in this window</source>
        <translation>この期間のトラフィックなし</translation>
    </message>
    <message>
        <source>%1 · %2 err · p95 %3</source>
        <translation>%1 · エラー %2 · p95 %3</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>ネームスペース %1</translation>
    </message>
    <message>
        <source>Figures as its callers see them.</source>
        <translation>呼び出し元から見た数値です。</translation>
    </message>
    <message>
        <source>Double-click to open the service</source>
        <translation>ダブルクリックでサービスを開きます</translation>
    </message>
    <message>
        <source>delivers messages to its consumer</source>
        <translation>コンシューマーにメッセージを配信します</translation>
    </message>
    <message>
        <source>no calls in this window</source>
        <translation>この期間の呼び出しなし</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>全画面共通</translation>
    </message>
    <message>
        <source>Play or pause the drill</source>
        <translation>訓練を再生または一時停止</translation>
    </message>
    <message>
        <source>Jump forward to a drill time</source>
        <translation>訓練内の指定時刻へジャンプ</translation>
    </message>
    <message>
        <source>… Ctrl+9</source>
        <translation>… Ctrl+9</translation>
    </message>
    <message>
        <source>Switch page (Drills, Channels, Service Map, APM, Traces, Logs, Metrics, Errors, Events)</source>
        <translation>ページを切り替え (訓練、チャンネル、サービスマップ、APM、トレース、ログ、メトリクス、エラー、イベント)</translation>
    </message>
    <message>
        <source>Open a scenario file</source>
        <translation>シナリオファイルを開く</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>この一覧</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>チャンネル</translation>
    </message>
    <message>
        <source>Acknowledge the selected page</source>
        <translation>選択した呼び出しを確認</translation>
    </message>
    <message>
        <source>Service Map</source>
        <translation>サービスマップ</translation>
    </message>
    <message>
        <source>Find a component (Enter: next match)</source>
        <translation>コンポーネントを検索 (Enter: 次の一致)</translation>
    </message>
    <message>
        <source>Focus on the selected component and its neighbours</source>
        <translation>選択したコンポーネントとその隣接コンポーネントにフォーカス</translation>
    </message>
    <message>
        <source>Leave focus</source>
        <translation>フォーカスを解除</translation>
    </message>
    <message>
        <source>Zoom in (or the mouse wheel)</source>
        <translation>ズームイン (マウスホイールでも可)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>ズームアウト</translation>
    </message>
    <message>
        <source>Fit the whole map</source>
        <translation>マップ全体を表示</translation>
    </message>
    <message>
        <source>double-click</source>
        <translation>ダブルクリック</translation>
    </message>
    <message>
        <source>Open the component&apos;s APM page</source>
        <translation>コンポーネントの APM ページを開く</translation>
    </message>
    <message>
        <source>APM</source>
        <translation>APM</translation>
    </message>
    <message>
        <source>Filter the service list</source>
        <translation>サービス一覧をフィルター</translation>
    </message>
    <message>
        <source>Back to the service list</source>
        <translation>サービス一覧に戻る</translation>
    </message>
    <message>
        <source>Logs, Traces, Errors</source>
        <translation>ログ、トレース、エラー</translation>
    </message>
    <message>
        <source>/</source>
        <translation>/</translation>
    </message>
    <message>
        <source>Go to the search bar</source>
        <translation>検索バーに移動</translation>
    </message>
    <message>
        <source>Logs: view the selected log&apos;s trace</source>
        <translation>ログ: 選択したログのトレースを表示</translation>
    </message>
    <message>
        <source>Traces: open the selected span&apos;s trace</source>
        <translation>トレース: 選択したスパンのトレースを開く</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>Traces: back from a trace to the list</source>
        <translation>トレース: トレースから一覧に戻る</translation>
    </message>
    <message>
        <source>Errors: mark the issue reviewed</source>
        <translation>エラー: イシューをレビュー済みにする</translation>
    </message>
    <message>
        <source>Errors: resolve</source>
        <translation>エラー: 解決</translation>
    </message>
    <message>
        <source>Errors: ignore</source>
        <translation>エラー: 無視</translation>
    </message>
    <message>
        <source>Errors: reopen</source>
        <translation>エラー: 再オープン</translation>
    </message>
    <message>
        <source>Metrics and Events</source>
        <translation>メトリクスとイベント</translation>
    </message>
    <message>
        <source>Metrics: open the metric explorer</source>
        <translation>メトリクス: メトリクスエクスプローラーを開く</translation>
    </message>
    <message>
        <source>Events: filter by text (Esc clears)</source>
        <translation>イベント: テキストでフィルター (Esc でクリア)</translation>
    </message>
    <message>
        <source>Events: open the event&apos;s service</source>
        <translation>イベント: イベントのサービスを開く</translation>
    </message>
</context>
<context>
    <name>kunren::app::ApmPage</name>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the service</source>
        <translation>ダブルクリックまたは Enter キーでサービスを開きます</translation>
    </message>
    <message>
        <source>No drill is running.
Start one on the Drills page (Ctrl+1) to see every service&apos;s request rate, errors and latency here.</source>
        <translation>訓練が実行されていません。
訓練ページ (Ctrl+1) で訓練を開始すると、各サービスのリクエスト率、エラー、レイテンシがここに表示されます。</translation>
    </message>
    <message>
        <source>‹ All services</source>
        <translation>‹ すべてのサービス</translation>
    </message>
    <message>
        <source>Back to the service list (Alt+Left)</source>
        <translation>サービス一覧に戻る (Alt+Left)</translation>
    </message>
    <message>
        <source>Filter services (Ctrl+F)</source>
        <translation>サービスをフィルター (Ctrl+F)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Services&lt;/b&gt;</source>
        <translation>&lt;b&gt;サービス&lt;/b&gt;</translation>
    </message>
    <message>
        <source>› &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>› &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>kunren::app::BriefingView</name>
    <message>
        <source>Level: %1</source>
        <translation>レベル: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s)</source>
        <translation>
            <numerusform>%n Pod</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your results:&lt;/b&gt; not drilled yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;あなたの結果:&lt;/b&gt; まだ実施していません。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n drill(s)</source>
        <translation>
            <numerusform>%n 回実施</numerusform>
        </translation>
    </message>
    <message>
        <source>best %1 / 100</source>
        <translation>最高 %1 / 100</translation>
    </message>
    <message>
        <source> (root cause %1 after the impact began)</source>
        <translation> (影響開始から %1 で根本原因を特定)</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>前回 %1</translation>
    </message>
    <message>
        <source>last drilled %1</source>
        <translation>最終実施 %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your results:&lt;/b&gt; %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;あなたの結果:&lt;/b&gt; %1。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose a drill from the library to read its briefing.</source>
        <translation>ライブラリから訓練を選ぶと、ブリーフィングが表示されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) of drill time</source>
        <translation>
            <numerusform>訓練時間 %n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 topology: %n service(s)</source>
        <translation>
            <numerusform>%1 トポロジー: %n サービス</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Practises:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;練習できること:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>kunren::app::CatchUpProgress</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop the jump here (Esc). Time only moves forward: the drill stays where the jump got to.</source>
        <translation>ここでジャンプを止めます (Esc)。時間は先にしか進まないため、訓練はジャンプが到達した時点に留まります。</translation>
    </message>
    <message>
        <source>Jumping to %1 — at %2</source>
        <translation>%1 へジャンプ中 — 現在 %2</translation>
    </message>
    <message>
        <source>Replaying the drill to where it stopped (%1) — at %2</source>
        <translation>中断した時点 (%1) まで訓練を再生中 — 現在 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · about %2 left</source>
        <translation>%1 · 残り約 %2</translation>
    </message>
</context>
<context>
    <name>kunren::app::ChannelsPage</name>
    <message>
        <source>All channels</source>
        <translation>すべてのチャンネル</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>確認(&amp;A)</translation>
    </message>
    <message>
        <source>Open &amp;service</source>
        <translation>サービスを開く(&amp;S)</translation>
    </message>
    <message>
        <source>Open &amp;monitor and runbook</source>
        <translation>モニターとランブックを開く(&amp;M)</translation>
    </message>
    <message>
        <source>Pick a message to see what it means, its runbook and where to look.</source>
        <translation>メッセージを選択すると、その意味、ランブック、確認すべき箇所が表示されます。</translation>
    </message>
    <message>
        <source>Acknowledge the page (A): the pager stops re-notifying you</source>
        <translation>呼び出しを確認します (A)。ページャーからの再通知が止まります。</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) not acknowledged — the pager keeps ringing until you acknowledge (A).</source>
        <translation>
            <numerusform>%n 件の呼び出しが未確認です — 確認 (A) するまでページャーが鳴り続けます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>ランブック</translation>
    </message>
</context>
<context>
    <name>kunren::app::DependencyModel</name>
    <message>
        <source>calls →</source>
        <translation>呼び出し先 →</translation>
    </message>
    <message>
        <source>← called by</source>
        <translation>← 呼び出し元</translation>
    </message>
    <message>
        <source>no calls</source>
        <translation>呼び出しなし</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>呼び出し数</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
</context>
<context>
    <name>kunren::app::DrillDesk</name>
    <message>
        <source>Mitigation: %1</source>
        <translation>緩和策: %1</translation>
    </message>
    <message>
        <source>Mitigation refused: %1</source>
        <translation>緩和策が拒否されました: %1</translation>
    </message>
    <message>
        <source>Drills Database Refused</source>
        <translation>訓練データベースを使用できません</translation>
    </message>
    <message>
        <source>Kunren cannot use the drills database:</source>
        <translation>Kunren は訓練データベースを使用できません:</translation>
    </message>
    <message>
        <source>Drills are not saved: the database was refused.</source>
        <translation>訓練は保存されません: データベースが拒否されました。</translation>
    </message>
    <message>
        <source>Interrupted Drill</source>
        <translation>中断された訓練</translation>
    </message>
    <message>
        <source>A drill was interrupted before it ended.</source>
        <translation>終了前に中断された訓練があります。</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, started %3, stopped at %4 after %n action(s).

Resume it where it stopped, or close it (its notes are kept).</source>
        <translation>
            <numerusform>%1 — %2、%3 に開始、%n 件の操作の後 %4 で停止しました。

停止した位置から再開するか、訓練を閉じてください (メモは保持されます)。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close Drill</source>
        <translation>訓練を閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
    <message>
        <source>%1 — Kunren</source>
        <translation>%1 — Kunren</translation>
    </message>
    <message>
        <source>Resuming the interrupted drill where it stopped. Space plays.</source>
        <translation>中断された訓練を停止した位置から再開します。Space で再生します。</translation>
    </message>
    <message>
        <source>Could not resume the drill: %1</source>
        <translation>訓練を再開できませんでした: %1</translation>
    </message>
    <message>
        <source>The interrupted drill was closed; its notes are kept.</source>
        <translation>中断された訓練を閉じました。メモは保持されています。</translation>
    </message>
    <message>
        <source>Could not close the drill: %1</source>
        <translation>訓練を閉じられませんでした: %1</translation>
    </message>
    <message>
        <source>&amp;Hints…</source>
        <translation>ヒント(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Declare Hypothesis…</source>
        <translation>仮説を宣言(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Bookmark as Evidence</source>
        <translation>根拠としてブックマーク(&amp;B)</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>メモを追加(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;End Drill…</source>
        <translation>訓練を終了(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Mitigate</source>
        <translation>緩和策を適用(&amp;M)</translation>
    </message>
    <message>
        <source>Act on the running system (Ctrl+M)</source>
        <translation>実行中のシステムに対して操作します (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Drill</source>
        <translation>訓練(&amp;D)</translation>
    </message>
    <message>
        <source>Trainee &amp;Profile…</source>
        <translation>訓練者プロフィール(&amp;P)…</translation>
    </message>
    <message>
        <source>Hypothesis declared. Mitigate when you are sure (Ctrl+M).</source>
        <translation>仮説を宣言しました。確信が持てたら緩和策を適用してください (Ctrl+M)。</translation>
    </message>
    <message>
        <source>End Drill</source>
        <translation>訓練を終了</translation>
    </message>
    <message>
        <source>End the drill and see your score?</source>
        <translation>訓練を終了してスコアを確認しますか？</translation>
    </message>
    <message>
        <source>The clock stops for good. Your score is computed from everything you did.</source>
        <translation>時計は完全に停止します。スコアはこれまでのすべての操作から算出されます。</translation>
    </message>
    <message>
        <source>End — &amp;Resolved</source>
        <translation>終了 — 解決済み(&amp;R)</translation>
    </message>
    <message>
        <source>End — &amp;Give Up</source>
        <translation>終了 — 断念(&amp;G)</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>メモを追加</translation>
    </message>
    <message>
        <source>A note for the drill&apos;s timeline and your retrospective:</source>
        <translation>訓練のタイムラインとふりかえりに残すメモ:</translation>
    </message>
    <message>
        <source>Nothing to bookmark here: select a log line, a span, a chart, an issue or an event, or run a search.</source>
        <translation>ここにはブックマークできるものがありません。ログ行、スパン、チャート、イシュー、イベントのいずれかを選択するか、検索を実行してください。</translation>
    </message>
    <message>
        <source>Evidence is bookmarked during a drill.</source>
        <translation>根拠のブックマークは訓練中に行えます。</translation>
    </message>
    <message>
        <source>Bookmarked as evidence: %1</source>
        <translation>根拠としてブックマークしました: %1</translation>
    </message>
    <message>
        <source>%1

Drills run, but are not saved until Kunren starts with another database (kunren --db PATH).</source>
        <translation>%1

訓練は実行できますが、別のデータベースで Kunren を起動するまで保存されません (kunren --db PATH)。</translation>
    </message>
    <message>
        <source>SQLite reports:
%1</source>
        <translation>SQLite の報告:
%1</translation>
    </message>
</context>
<context>
    <name>kunren::app::DrillRunner</name>
    <message>
        <source>In %1:</source>
        <translation>%1 内:</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1 行目、%2 列目</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>ファイル全体</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (位置 %2)</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>No built-in scenario or file named &quot;%1&quot;.</source>
        <translation>「%1」という名前の組み込みシナリオまたはファイルはありません。</translation>
    </message>
    <message>
        <source>The drill&apos;s log does not start with drill.start.</source>
        <translation>訓練のログが drill.start で始まっていません。</translation>
    </message>
    <message>
        <source>The drill&apos;s scenario &quot;%1&quot; is not available.</source>
        <translation>訓練のシナリオ「%1」は利用できません。</translation>
    </message>
    <message>
        <source>The simulation could not be built: %1</source>
        <translation>シミュレーションを構築できませんでした: %1</translation>
    </message>
    <message>
        <source>There is no scenario to start.</source>
        <translation>開始するシナリオがありません。</translation>
    </message>
</context>
<context>
    <name>kunren::app::DrillStatusBar</name>
    <message>
        <source>Open the channels to acknowledge pages (Ctrl+2)</source>
        <translation>チャンネルを開いて呼び出しを確認します (Ctrl+2)</translation>
    </message>
    <message>
        <source>Telemetry the drill has recorded so far</source>
        <translation>この訓練でこれまでに記録されたテレメトリです</translation>
    </message>
    <message>
        <source>Drill ready. Space plays.</source>
        <translation>訓練の準備ができました。Space で再生します。</translation>
    </message>
    <message>
        <source>Drill running. Space pauses.</source>
        <translation>訓練を実行中です。Space で一時停止します。</translation>
    </message>
    <message>
        <source>Paused. Space resumes.</source>
        <translation>一時停止中です。Space で再開します。</translation>
    </message>
    <message>
        <source>Drill finished.</source>
        <translation>訓練が終了しました。</translation>
    </message>
    <message>
        <source>No drill</source>
        <translation>訓練なし</translation>
    </message>
    <message>
        <source>%1 · playing at %2×</source>
        <translation>%1 · %2× で再生中</translation>
    </message>
    <message>
        <source>%1 · paused</source>
        <translation>%1 · 一時停止中</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) not acknowledged</source>
        <translation>
            <numerusform>%n 件の呼び出しが未確認</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 spans · %2 logs · traces sampled at %3%</source>
        <translation>スパン %1 · ログ %2 · トレースのサンプリング率 %3%</translation>
    </message>
    <message>
        <source>Pick a drill on the Drills page and press Enter or Space to start it.</source>
        <translation>「訓練」ページで訓練を選び、Enter か Space で開始します。</translation>
    </message>
    <message>
        <source>Jump cancelled at %1.</source>
        <translation>%1 でジャンプを取り消しました。</translation>
    </message>
    <message>
        <source>Drill ended. Your score is on the Score page; start the next drill from the Drills page (Ctrl+1).</source>
        <translation>訓練が終わりました。スコアは「スコア」ページにあります。次の訓練は「訓練」ページ (Ctrl+1) から開始します。</translation>
    </message>
    <message>
        <source>Drills database: %1. Every action is saved.</source>
        <translation>訓練データベース: %1。すべての操作は保存されています。</translation>
    </message>
    <message>
        <source>Every drill action is saved again.</source>
        <translation>すべての訓練操作が再び保存されました。</translation>
    </message>
    <message numerus="yes">
        <source>%n drill action(s) not saved yet — retrying</source>
        <translation>
            <numerusform>%n 件の訓練操作が未保存です — 再試行中</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Nothing is lost: Kunren keeps every action and writes it as soon as the database takes it again.</source>
        <translation>%1

失われるものはありません。Kunren はすべての操作を保持し、データベースが再び受け付けしだい書き込みます。</translation>
    </message>
    <message>
        <source>Could not save to the drills database: %1</source>
        <translation>訓練データベースに保存できませんでした: %1</translation>
    </message>
    <message>
        <source>%1 · ended</source>
        <translation>%1 · 終了</translation>
    </message>
    <message>
        <source>Simulation stopped at %1</source>
        <translation>シミュレーションは %1 で停止しました</translation>
    </message>
    <message>
        <source>The simulation engine stopped: %1

The telemetry up to then stays readable, and the drill still records: declare a root cause, take notes and end the drill as usual.</source>
        <translation>シミュレーションエンジンが停止しました: %1

それまでのテレメトリは引き続き閲覧でき、ドリルの記録も続きます。いつもどおり根本原因を宣言し、メモを取り、ドリルを終了してください。</translation>
    </message>
    <message>
        <source>%1 · stopped</source>
        <translation>%1 · 停止</translation>
    </message>
    <message>
        <source>The simulation stopped: %1</source>
        <translation>シミュレーションが停止しました: %1</translation>
    </message>
    <message>
        <source>Building the simulation…</source>
        <translation>シミュレーションを構築しています…</translation>
    </message>
</context>
<context>
    <name>kunren::app::DrillToolBar</name>
    <message>
        <source>Drill</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Speed </source>
        <translation>速度 </translation>
    </message>
    <message>
        <source>Jump to… (e.g. 12m)</source>
        <translation>ジャンプ先… (例: 12m)</translation>
    </message>
    <message>
        <source>Simulate straight to a drill time (Ctrl+J). Time only moves forward.</source>
        <translation>指定した訓練時刻まで一気にシミュレーションします (Ctrl+J)。時間は先にしか進みません。</translation>
    </message>
    <message>
        <source>Jump to Time…</source>
        <translation>時刻へジャンプ…</translation>
    </message>
    <message>
        <source>Give a drill time after now, such as 90s, 12m or 1h5m.</source>
        <translation>現在より後の訓練時刻を 90s、12m、1h5m のように入力してください。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Simulated seconds per wall-clock second. At 1× drill time is real time, and your times compare with a real incident; faster speeds are logged and shown with your score.</source>
        <translation>実時間 1 秒あたりのシミュレーション秒数です。1× では訓練時間が実時間と同じになり、実際の障害と比べられる時間になります。速度を上げた場合は記録され、スコアと一緒に表示されます。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Start the drill chosen on the Drills page (Space)</source>
        <translation>「訓練」ページで選んだ訓練を開始します (Space)</translation>
    </message>
    <message>
        <source>Pause the drill clock (Space)</source>
        <translation>訓練の時計を一時停止します (Space)</translation>
    </message>
    <message>
        <source>Run the drill clock (Space)</source>
        <translation>訓練の時計を進めます (Space)</translation>
    </message>
</context>
<context>
    <name>kunren::app::ErrorIssueModel</name>
    <message>
        <source>REGRESSION</source>
        <translation>回帰</translation>
    </message>
    <message>
        <source>For review</source>
        <translation>要レビュー</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>レビュー済み</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>無視</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Events per minute over the last %1 minutes</source>
        <translation>直近 %1 分間の 1 分あたりのイベント数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>イシュー</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント数</translation>
    </message>
    <message>
        <source>Last 30 min</source>
        <translation>直近 30 分</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>初回検出</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終検出</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>バージョン</translation>
    </message>
</context>
<context>
    <name>kunren::app::ErrorsPage</name>
    <message>
        <source>All states</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Filter issues by type, message, service or version  (Ctrl+L or /)</source>
        <translation>種類、メッセージ、サービス、バージョンでイシューをフィルター  (Ctrl+L または /)</translation>
    </message>
    <message>
        <source>Start a drill to track its errors.</source>
        <translation>訓練を開始すると、そのエラーを追跡できます。</translation>
    </message>
    <message>
        <source>Looking for errors…</source>
        <translation>エラーを検索中…</translation>
    </message>
    <message>
        <source>No errors so far (up to %1).</source>
        <translation>%1 の時点までエラーはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s), %1 for review, %2 new · select one to triage it</source>
        <translation>
            <numerusform>%n 件のイシュー、要レビュー %1、新規 %2 · 選択するとトリアージできます</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not change the state: %1</source>
        <translation>状態を変更できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>kunren::app::EventsModel</name>
    <message>
        <source>Deploy</source>
        <translation>デプロイ</translation>
    </message>
    <message>
        <source>Config change</source>
        <translation>設定変更</translation>
    </message>
    <message>
        <source>Feature flag</source>
        <translation>フィーチャーフラグ</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>スケーリング</translation>
    </message>
    <message>
        <source>OOM killed</source>
        <translation>OOM による強制終了</translation>
    </message>
    <message>
        <source>Crash loop</source>
        <translation>クラッシュループ</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>再起動</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>(cluster)</source>
        <translation>(クラスター)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
</context>
<context>
    <name>kunren::app::EventsPage</name>
    <message>
        <source>Double-click or press Enter to open the service</source>
        <translation>ダブルクリックまたは Enter でサービスを開きます</translation>
    </message>
    <message>
        <source>Show the events of one service</source>
        <translation>特定のサービスのイベントを表示します</translation>
    </message>
    <message>
        <source>Filter details or version (Ctrl+F)</source>
        <translation>詳細またはバージョンでフィルター (Ctrl+F)</translation>
    </message>
    <message>
        <source>No drill is running.
Start one on the Drills page (Ctrl+1): its deploys, config changes, scaling and restarts are listed here as they happen.</source>
        <translation>実行中の訓練はありません。
訓練ページ (Ctrl+1) で訓練を開始すると、デプロイ、設定変更、スケーリング、再起動が発生するたびにここに表示されます。</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>サービス:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>すべてのサービス</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>まだイベントはありません</translation>
    </message>
    <message>
        <source>No event matches — Esc clears the filters</source>
        <translation>一致するイベントはありません — Esc でフィルターをクリアします</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 件のイベント</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%n 件中 %1 件のイベント</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kunren::app::FacetModel</name>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>Error kind</source>
        <translation>エラーの種類</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP ステータス</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>ファセット</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>%1
Click: only %2 = this value · Ctrl/Alt+click: exclude it</source>
        <translation>%1
クリック: %2 = この値だけを表示 · Ctrl/Alt+クリック: この値を除外</translation>
    </message>
    <message>
        <source>Error type</source>
        <translation>エラータイプ</translation>
    </message>
    <message>
        <source>gRPC status</source>
        <translation>gRPC ステータス</translation>
    </message>
</context>
<context>
    <name>kunren::app::FacetView</name>
    <message>
        <source>Click a value to show only it; Ctrl+click or Alt+click to exclude it</source>
        <translation>値をクリックするとその値のみを表示します。Ctrl+クリックまたは Alt+クリックで除外します。</translation>
    </message>
    <message>
        <source>Show only %1:%2</source>
        <translation>%1:%2 のみ表示</translation>
    </message>
    <message>
        <source>Exclude %1:%2</source>
        <translation>%1:%2 を除外</translation>
    </message>
</context>
<context>
    <name>kunren::app::FlameGraphView</name>
    <message>
        <source>No trace open</source>
        <translation>トレースが開かれていません</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;duration %3 · self %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;所要時間 %3 · 自己時間 %4</translation>
    </message>
</context>
<context>
    <name>kunren::app::HintsDialog</name>
    <message>
        <source>Show &amp;Next Hint</source>
        <translation>次のヒントを表示(&amp;N)</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>ヒント</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Hint %1 of %2&lt;/b&gt;&lt;br&gt;%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ヒント %1 / %2&lt;/b&gt;&lt;br&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Stuck? Hints go from gentle to explicit. Each one you reveal costs 5 points.&lt;/p&gt;</source>
        <translation>&lt;p&gt;行き詰まりましたか？ ヒントは控えめなものから具体的なものへと進みます。ヒントを 1 つ表示するごとに 5 点減点されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start a drill first.</source>
        <translation>先に訓練を開始してください。</translation>
    </message>
    <message>
        <source>The drill has ended.</source>
        <translation>訓練は終了しました。</translation>
    </message>
    <message>
        <source>This drill has no hints.</source>
        <translation>この訓練にはヒントがありません。</translation>
    </message>
    <message>
        <source>That was the last hint.</source>
        <translation>これが最後のヒントです。</translation>
    </message>
    <message>
        <source>The next hint is available at %1.</source>
        <translation>次のヒントは %1 に利用可能になります。</translation>
    </message>
    <message numerus="yes">
        <source>%n hint(s) left. The next one costs 5 points.</source>
        <translation>
            <numerusform>残りのヒントは %n 件です。次のヒントは 5 点減点されます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kunren::app::HistogramChart</name>
    <message>
        <source>No data in this window</source>
        <translation>この時間枠にはデータがありません</translation>
    </message>
    <message>
        <source>%1 – %2: %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
</context>
<context>
    <name>kunren::app::HistoryPage</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Time to root cause</source>
        <translation>根本原因特定までの時間</translation>
    </message>
    <message>
        <source>Retrospective</source>
        <translation>ふりかえり</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>訓練者</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Best score</source>
        <translation>ベストスコア</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>訓練数</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>表示回数</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>使用時間</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>クエリ数</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>メカニズム</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>回数</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>アクションアイテム</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Open Retrospective</source>
        <translation>ふりかえりを開く</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Tool usage</source>
        <translation>ツールの利用状況</translation>
    </message>
    <message>
        <source>Common wrong hypotheses</source>
        <translation>よくある誤った仮説</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>アクションアイテム</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>リーダーボード</translation>
    </message>
    <message>
        <source>Group Report</source>
        <translation>グループレポート</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>No drills database.</source>
        <translation>訓練データベースがありません。</translation>
    </message>
    <message>
        <source>No drills database: drills are not being saved.</source>
        <translation>訓練データベースがないため、訓練は保存されていません。</translation>
    </message>
    <message>
        <source>Cannot read the drills database: %1</source>
        <translation>訓練データベースを読み込めません: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n drill(s) in %1</source>
        <translation>
            <numerusform>%1 内の訓練 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <source>No drills yet</source>
        <translation>まだ訓練がありません</translation>
    </message>
    <message>
        <source>Drills over time</source>
        <translation>訓練の推移</translation>
    </message>
    <message>
        <source>Time to root cause (min)</source>
        <translation>根本原因特定までの時間 (分)</translation>
    </message>
    <message>
        <source>Drill started</source>
        <translation>訓練開始日時</translation>
    </message>
    <message>
        <source>Minutes to root cause</source>
        <translation>根本原因特定までの時間 (分)</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未採点</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>written</source>
        <translation>記入済み</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>訓練者数</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>採点済み</translation>
    </message>
    <message>
        <source>Median score</source>
        <translation>スコアの中央値</translation>
    </message>
    <message>
        <source>Time to root cause, median</source>
        <translation>根本原因特定までの時間 (中央値)</translation>
    </message>
    <message>
        <source>Time to root cause, p90</source>
        <translation>根本原因特定までの時間 (p90)</translation>
    </message>
    <message>
        <source>Time to mitigation, median</source>
        <translation>緩和までの時間 (中央値)</translation>
    </message>
    <message>
        <source>Time to mitigation, p90</source>
        <translation>緩和までの時間 (p90)</translation>
    </message>
</context>
<context>
    <name>kunren::app::HypothesisDialog</name>
    <message>
        <source>Declare Hypothesis</source>
        <translation>仮説を宣言</translation>
    </message>
    <message>
        <source>(no trigger event)</source>
        <translation>(トリガーイベントなし)</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Tick what supports your hypothesis. Bookmarks (Ctrl+B on a page) are ticked already.</source>
        <translation>仮説を裏付けるものにチェックを入れてください。ブックマーク (ページ上で Ctrl+B) は既にチェックされています。</translation>
    </message>
    <message>
        <source>Add evidence: trace:ID, query:…, event:ID, error:…, metric:…</source>
        <translation>根拠を追加: trace:ID, query:…, event:ID, error:…, metric:…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Submit Hypothesis</source>
        <translation>仮説を提出(&amp;S)</translation>
    </message>
    <message>
        <source>What is broken, how, and what set it off? You can declare again later; each wrong hypothesis costs 5 points.</source>
        <translation>何が、どのように壊れ、何がきっかけになったのでしょうか。後から再度宣言できますが、不正解の仮説ごとに 5 点減点されます。</translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation>コンポーネント(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation>メカニズム(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Trigger:</source>
        <translation>トリガー(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>根拠(&amp;E):</translation>
    </message>
    <message>
        <source>Choose the component at fault…</source>
        <translation>原因のコンポーネントを選択…</translation>
    </message>
    <message>
        <source>Choose how it broke…</source>
        <translation>壊れ方を選択…</translation>
    </message>
</context>
<context>
    <name>kunren::app::IssueDetailPane</name>
    <message>
        <source>Mark reviewed</source>
        <translation>レビュー済みにする</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解決</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>無視</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>再オープン</translation>
    </message>
    <message>
        <source>Search its logs</source>
        <translation>ログを検索</translation>
    </message>
    <message>
        <source>View trace</source>
        <translation>トレースを表示</translation>
    </message>
    <message>
        <source>Open the trace of the latest sample event</source>
        <translation>最新のサンプルイベントのトレースを開きます。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#777&quot;&gt;Select an issue to see its stack, sample events and traces.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#777&quot;&gt;イシューを選択すると、スタック、サンプルイベント、トレースが表示されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>REGRESSION</source>
        <translation>回帰</translation>
    </message>
    <message>
        <source>service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>%1 (%2 from spans, %3 from logs)</source>
        <translation>%1 (スパン由来 %2、ログ由来 %3)</translation>
    </message>
    <message>
        <source>first seen</source>
        <translation>初回検出</translation>
    </message>
    <message>
        <source>last seen</source>
        <translation>最終検出</translation>
    </message>
    <message>
        <source>versions</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1、%2 にて</translation>
    </message>
    <message>
        <source>(unknown version)</source>
        <translation>(バージョン不明)</translation>
    </message>
    <message>
        <source>first message</source>
        <translation>最初のメッセージ</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sample stack&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;サンプルスタック&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sample events&lt;/b&gt; (newest first)&lt;/p&gt;&lt;table cellspacing=0 cellpadding=3&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;サンプルイベント&lt;/b&gt; (新しい順)&lt;/p&gt;&lt;table cellspacing=0 cellpadding=3&gt;</translation>
    </message>
    <message>
        <source>log: %1</source>
        <translation>ログ: %1</translation>
    </message>
    <message>
        <source>span</source>
        <translation>スパン</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#777&quot;&gt;no stored trace&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#777&quot;&gt;保存されたトレースなし&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;State history&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;状態の履歴&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (regression)</source>
        <translation> (回帰)</translation>
    </message>
</context>
<context>
    <name>kunren::app::LaunchPage</name>
    <message>
        <source>scenario&apos;s own</source>
        <translation>シナリオ既定</translation>
    </message>
    <message>
        <source>Random seed. The same seed gives everyone the same drill.</source>
        <translation>乱数シードです。同じシードを使うと、全員が同じ訓練を行えます。</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <source>Start drill</source>
        <translation>訓練を開始</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>シード:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Service health&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Once a drill runs, every service of its topology is listed here with its requests per second, error rate, p95 latency and ready pods over the last seconds of drill time — a first look at what is on fire.&lt;/p&gt;&lt;p&gt;Choose a drill on the left and press &lt;b&gt;Enter&lt;/b&gt; or &lt;b&gt;Space&lt;/b&gt; (or &lt;b&gt;Start drill&lt;/b&gt;) to start it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;サービスの状態&lt;/b&gt;&lt;/p&gt;&lt;p&gt;訓練が始まると、トポロジーのすべてのサービスが、直近の訓練時間における 1 秒あたりのリクエスト数、エラー率、p95 レイテンシ、Ready の Pod 数とともにここに並びます。どこが燃えているかを最初に見る場所です。&lt;/p&gt;&lt;p&gt;左で訓練を選び、&lt;b&gt;Enter&lt;/b&gt; か &lt;b&gt;Space&lt;/b&gt; (または &lt;b&gt;訓練を開始&lt;/b&gt;) で開始します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 does not load: kunren-cli validate says why.</source>
        <translation>%1 を読み込めません。理由は kunren-cli validate で確認できます。</translation>
    </message>
</context>
<context>
    <name>kunren::app::LibraryModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln component(s)</source>
        <translation>
            <numerusform>コンポーネント %Ln 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pod(s) at the start</source>
        <translation>
            <numerusform>開始時の Pod %Ln 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Practises: %1</source>
        <translation>学べること: %1</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>トポロジー</translation>
    </message>
</context>
<context>
    <name>kunren::app::LogDetailPane</name>
    <message>
        <source>View trace</source>
        <translation>トレースを表示</translation>
    </message>
    <message>
        <source>Open the trace this log belongs to (T)</source>
        <translation>このログが属するトレースを開きます (T)</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#777&quot;&gt;Select a log to see its attributes and its trace.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#777&quot;&gt;ログを選択すると、属性とトレースが表示されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>trace_id</source>
        <translation>trace_id</translation>
    </message>
    <message>
        <source>span_id</source>
        <translation>span_id</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#777&quot;&gt;This log has no stored trace (its request was not sampled, or it came from a background job).&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#777&quot;&gt;このログには保存されたトレースがありません (リクエストがサンプリングされなかったか、バックグラウンドジョブのログです)。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;a href=&quot;trace:&quot;&gt;View trace %1&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;a href=&quot;trace:&quot;&gt;トレース %1 を表示&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>kunren::app::LogTableModel</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>kunren::app::LogsPage</name>
    <message>
        <source>Start a drill to search its logs.</source>
        <translation>訓練を開始すると、そのログを検索できます。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <source>Fix the query to search.</source>
        <translation>検索するには、クエリを修正してください。</translation>
    </message>
    <message>
        <source>No logs between %1 and %2.</source>
        <translation>%1 から %2 までのログはありません。</translation>
    </message>
    <message>
        <source>No logs match between %1 and %2. Remove a filter or widen the time range.</source>
        <translation>%1 から %2 までに一致するログはありません。フィルターを外すか、期間を広げてください。</translation>
    </message>
    <message>
        <source>%1 logs between %2 and %3, newest first</source>
        <translation>%2 から %3 までのログ %1 件 (新しい順)</translation>
    </message>
</context>
<context>
    <name>kunren::app::MainWindow</name>
    <message>
        <source>Kunren — incident drills</source>
        <translation>Kunren — インシデント訓練</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Scenario File…</source>
        <translation>シナリオファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Drill</source>
        <translation>訓練(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>ダークテーマ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Light Theme</source>
        <translation>ライトテーマ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Kunren</source>
        <translation>Kunren について(&amp;A)</translation>
    </message>
    <message>
        <source>About Kunren</source>
        <translation>Kunren について</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kunren&lt;/b&gt; %1&lt;br&gt;Incident drills for observability training.</source>
        <translation>&lt;b&gt;Kunren&lt;/b&gt; %1&lt;br&gt;オブザーバビリティを学ぶためのインシデント訓練ツールです。</translation>
    </message>
    <message>
        <source>Could not start &quot;%1&quot;:
%2</source>
        <translation>「%1」を開始できませんでした:
%2</translation>
    </message>
    <message>
        <source>The scenario has errors; nothing was started.</source>
        <translation>シナリオにエラーがあるため、何も開始されませんでした。</translation>
    </message>
    <message>
        <source>%1 — Kunren</source>
        <translation>%1 — Kunren</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>シナリオを開く</translation>
    </message>
    <message>
        <source>Kunren scenarios (*.scenario.json);;JSON files (*.json)</source>
        <translation>Kunren シナリオ (*.scenario.json);;JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>The simulation stopped</source>
        <translation>シミュレーションが停止しました</translation>
    </message>
    <message>
        <source>The simulation stopped at %1 and cannot go on.</source>
        <translation>シミュレーションは %1 で停止し、これ以上進められません。</translation>
    </message>
    <message>
        <source>Everything you did is recorded and saved, and the telemetry up to then stays readable: declare a root cause, take notes and end the drill as usual.</source>
        <translation>これまでの操作はすべて記録・保存されており、それまでのテレメトリも引き続き閲覧できます。いつもどおり根本原因を宣言し、メモを取り、ドリルを終了してください。</translation>
    </message>
</context>
<context>
    <name>kunren::app::MetricExplorer</name>
    <message>
        <source>Per second</source>
        <translation>秒あたり</translation>
    </message>
    <message>
        <source>Metric explorer</source>
        <translation>メトリクスエクスプローラー</translation>
    </message>
    <message>
        <source>attribute:value, e.g. state:used</source>
        <translation>属性:値 (例: state:used)</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最小</translation>
    </message>
    <message>
        <source>one line</source>
        <translation>1 本の線</translation>
    </message>
    <message>
        <source>a line per service</source>
        <translation>サービスごとの線</translation>
    </message>
    <message>
        <source>a line per pod</source>
        <translation>Pod ごとの線</translation>
    </message>
    <message>
        <source>Counters only grow: show how much they grow per second</source>
        <translation>カウンターは増え続けるだけなので、1 秒あたりの増加量を表示します。</translation>
    </message>
    <message>
        <source>Pick a metric above</source>
        <translation>上でメトリクスを選択してください。</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>メトリクス</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Combine</source>
        <translation>集計</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>すべてのサービス</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>秒あたり</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#d6362f&quot;&gt;Write the filter as attribute:value, e.g. &lt;i&gt;operation:GET /api/orders&lt;/i&gt;.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#d6362f&quot;&gt;フィルターは「属性:値」の形式で入力してください (例: &lt;i&gt;operation:GET /api/orders&lt;/i&gt;)。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>(no service)</source>
        <translation>(サービスなし)</translation>
    </message>
    <message>
        <source>(no pod)</source>
        <translation>(Pod なし)</translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <translation>%1 (%2%3)</translation>
    </message>
    <message>
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <source>No metrics recorded yet: they arrive every 10 simulated seconds.</source>
        <translation>まだメトリクスが記録されていません。メトリクスはシミュレーション時間で 10 秒ごとに届きます。</translation>
    </message>
    <message>
        <source>No series of %1 match; widen the service or the filter.</source>
        <translation>%1 に一致する系列はありません。サービスまたはフィルターの条件を広げてください。</translation>
    </message>
    <message>
        <source>%1 series in %2 lines; showing the %3 with the highest peaks.</source>
        <translation>%1 系列を %2 本の線にまとめました。ピークが高い上位 %3 本を表示しています。</translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n 系列</numerusform>
        </translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
</context>
<context>
    <name>kunren::app::MetricsPage</name>
    <message>
        <source>Databases</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>Caches</source>
        <translation>キャッシュ</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>キュー</translation>
    </message>
    <message>
        <source>External APIs</source>
        <translation>外部 API</translation>
    </message>
    <message>
        <source>Load balancers</source>
        <translation>ロードバランサー</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>No drill is running.
Start one on the Drills page (Ctrl+1) to chart its services, pods, databases, caches, queues and external APIs.</source>
        <translation>実行中の訓練はありません。
「訓練」ページ (Ctrl+1) で訓練を開始すると、そのサービス、Pod、データベース、キャッシュ、キュー、外部 API がチャートに表示されます。</translation>
    </message>
    <message>
        <source>Hover a chart for values; dashed lines mark deploys (blue), config changes (purple), scaling (grey) and OOM kills (red).</source>
        <translation>チャートにカーソルを合わせると値が表示されます。破線はデプロイ (青)、設定変更 (紫)、スケーリング (灰)、OOM Kill (赤) を示します。</translation>
    </message>
    <message>
        <source>dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Metric explorer (Ctrl+E)</source>
        <translation>メトリクスエクスプローラー (Ctrl+E)</translation>
    </message>
    <message>
        <source>%1 &lt;span style=&quot;font-weight:normal&quot;&gt;· %2 · namespace %3&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&quot;font-weight:normal&quot;&gt;· %2 · Namespace %3&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>kunren::app::MitigationDialog</name>
    <message>
        <source>Mitigate: %1</source>
        <translation>緩和策: %1</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>対象(&amp;T):</translation>
    </message>
    <message>
        <source>It acts on the running system now. A wrong mitigation costs points and can make things worse.</source>
        <translation>この操作は稼働中のシステムに即座に反映されます。誤った緩和策は減点となり、状況を悪化させる可能性があります。</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
</context>
<context>
    <name>kunren::app::MonitorModel</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>ALERT</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>NO DATA</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>page</source>
        <translation>呼び出し</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>チャンネル</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>モニター</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>通知先</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>発生時刻</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>kunren::app::MonitorsPage</name>
    <message>
        <source>Pick a monitor to see what it measures, its runbook and its history.</source>
        <translation>モニターを選択すると、測定内容、ランブック、履歴が表示されます。</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>route</source>
        <translation>通知先</translation>
    </message>
    <message>
        <source>urgent page (#war_room + pager)</source>
        <translation>緊急呼び出し (#war_room + ページャー)</translation>
    </message>
    <message>
        <source>#infra_alert</source>
        <translation>#infra_alert</translation>
    </message>
    <message>
        <source>recorded only</source>
        <translation>記録のみ</translation>
    </message>
    <message>
        <source>window</source>
        <translation>評価期間</translation>
    </message>
    <message>
        <source>warning at %1</source>
        <translation>警告しきい値 %1</translation>
    </message>
    <message>
        <source>alert at %1</source>
        <translation>アラートしきい値 %1</translation>
    </message>
    <message>
        <source>objective %1 %</source>
        <translation>目標 %1 %</translation>
    </message>
    <message>
        <source>About</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>ランブック</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>No transitions yet: the monitor has stayed OK.</source>
        <translation>まだ状態の遷移はありません。モニターは OK のままです。</translation>
    </message>
</context>
<context>
    <name>kunren::app::NotificationModel</name>
    <message>
        <source>Pager</source>
        <translation>ページャー</translation>
    </message>
    <message>
        <source>Triggered</source>
        <translation>トリガー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>回復</translation>
    </message>
    <message>
        <source>Still firing</source>
        <translation>継続中</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>問い合わせ</translation>
    </message>
    <message>
        <source>New issue</source>
        <translation>新規イシュー</translation>
    </message>
    <message>
        <source>Watchdog story</source>
        <translation>Watchdog ストーリー</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>What</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>From</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>kunren::app::PagedSearchModel</name>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
</context>
<context>
    <name>kunren::app::ProfileDialog</name>
    <message>
        <source>Trainee Profile</source>
        <translation>訓練者プロフィール</translation>
    </message>
    <message>
        <source>e.g. payments, platform (optional)</source>
        <translation>例: payments、platform (任意)</translation>
    </message>
    <message>
        <source>Your drills, scores and retrospectives are saved under this name. The team groups drills in reports.</source>
        <translation>訓練、スコア、ふりかえりはこの名前で保存されます。レポートでは、チームごとに訓練がまとめられます。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>チーム(&amp;T):</translation>
    </message>
    <message>
        <source>Your name or nickname</source>
        <translation>名前またはニックネーム</translation>
    </message>
</context>
<context>
    <name>kunren::app::QueryBar</name>
    <message>
        <source>Syntax</source>
        <translation>構文</translation>
    </message>
    <message>
        <source>Show the search syntax</source>
        <translation>検索構文を表示します。</translation>
    </message>
    <message>
        <source>Problem at column %1: %2.</source>
        <translation>%1 列目に問題があります: %2。</translation>
    </message>
    <message>
        <source>Problem: %1.</source>
        <translation>問題: %1。</translation>
    </message>
    <message>
        <source>Try: %1.</source>
        <translation>次を試してください: %1。</translation>
    </message>
    <message>
        <source>service, status, version, pod_name, host, region, env, source, trace_id, message</source>
        <translation>service, status, version, pod_name, host, region, env, source, trace_id, message</translation>
    </message>
    <message>
        <source>service, resource_name, operation_name, status, duration, version, pod_name, env, trace_id, span_id</source>
        <translation>service, resource_name, operation_name, status, duration, version, pod_name, env, trace_id, span_id</translation>
    </message>
    <message>
        <source>&lt;b&gt;Search syntax&lt;/b&gt;&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;timeout&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;words in the message (case-insensitive)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;&quot;connection refused&quot;&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;an exact phrase&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;service:checkout&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;a field or tag&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;@order_id:ord_*&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;an attribute; &lt;tt&gt;*&lt;/tt&gt; any text, &lt;tt&gt;?&lt;/tt&gt; one character&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;@http.status_code:[500 TO 599]&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;a range (inclusive)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;duration:&amp;gt;200ms&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;comparisons &amp;gt; &amp;gt;= &amp;lt; &amp;lt;=, with units ns us ms s m h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;-status:info&lt;/tt&gt; or &lt;tt&gt;NOT&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;exclude&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;a OR b&lt;/tt&gt;, &lt;tt&gt;(a b)&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;AND is implicit; NOT before AND before OR&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;@user:*&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;the attribute exists&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;*:term&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;any attribute&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;Fields: %1.&lt;br&gt;Escape special characters with &lt;tt&gt;\&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;検索構文&lt;/b&gt;&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;timeout&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;メッセージ内の単語 (大文字と小文字を区別しない)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;&quot;connection refused&quot;&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;完全一致のフレーズ&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;service:checkout&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;フィールドまたはタグ&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;@order_id:ord_*&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;属性。&lt;tt&gt;*&lt;/tt&gt; は任意の文字列、&lt;tt&gt;?&lt;/tt&gt; は任意の 1 文字&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;@http.status_code:[500 TO 599]&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;範囲 (両端を含む)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;duration:&amp;gt;200ms&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;比較 &amp;gt; &amp;gt;= &amp;lt; &amp;lt;=、単位は ns us ms s m h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;-status:info&lt;/tt&gt; または &lt;tt&gt;NOT&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;除外&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;a OR b&lt;/tt&gt;、&lt;tt&gt;(a b)&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;AND は省略可能。優先順位は NOT、AND、OR の順&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;@user:*&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;属性が存在する&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;*:term&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;任意の属性&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;フィールド: %1。&lt;br&gt;特殊文字は &lt;tt&gt;\&lt;/tt&gt; でエスケープしてください。</translation>
    </message>
    <message>
        <source>Search logs: service:%1 status:error &quot;timed out&quot;  (Ctrl+L or /)</source>
        <translation>ログを検索: service:%1 status:error &quot;timed out&quot;  (Ctrl+L または /)</translation>
    </message>
    <message>
        <source>Search spans: service:%1 duration:&gt;200ms status:error  (Ctrl+L or /)</source>
        <translation>スパンを検索: service:%1 duration:&gt;200ms status:error  (Ctrl+L または /)</translation>
    </message>
</context>
<context>
    <name>kunren::app::RedCharts</name>
    <message>
        <source>Requests and errors per second</source>
        <translation>毎秒のリクエスト数とエラー数</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>エラー率</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>レイテンシ</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>リクエスト/s</translation>
    </message>
    <message>
        <source>errors/s</source>
        <translation>エラー/s</translation>
    </message>
    <message>
        <source>error rate (%)</source>
        <translation>エラー率 (%)</translation>
    </message>
    <message>
        <source>p50 (ms)</source>
        <translation>p50 (ms)</translation>
    </message>
    <message>
        <source>p95 (ms)</source>
        <translation>p95 (ms)</translation>
    </message>
    <message>
        <source>p99 (ms)</source>
        <translation>p99 (ms)</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>リクエスト/秒</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ミリ秒</translation>
    </message>
</context>
<context>
    <name>kunren::app::RedTableModel</name>
    <message>
        <source>Over the chosen window, from the RED metrics of every request (sampled or not)</source>
        <translation>選択した期間における、すべてのリクエスト (サンプリングの有無を問わない) の RED メトリクスに基づく値です。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
</context>
<context>
    <name>kunren::app::RetrospectiveDialog</name>
    <message>
        <source>Retrospective — drill %1</source>
        <translation>ふりかえり — 訓練 %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影響</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>トリガー</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>検知</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解決</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>うまくいったこと</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>うまくいかなかったこと</translation>
    </message>
    <message>
        <source>Where we got lucky</source>
        <translation>幸運だったこと</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>アクションアイテム</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Add Action Item</source>
        <translation>アクションアイテムを追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>アクションアイテム</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>How at home (1–5)</source>
        <translation>慣れ具合 (1–5)</translation>
    </message>
    <message>
        <source>Tool familiarity</source>
        <translation>ツールへの習熟度</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>発生元</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>出来事</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>Markdown をエクスポート…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF をエクスポート…</translation>
    </message>
    <message>
        <source>Export Retrospective</source>
        <translation>ふりかえりのエクスポート</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Loading the retrospective…</source>
        <translation>ふりかえりを読み込んでいます…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存されていません: %1</translation>
    </message>
    <message>
        <source>Cannot open the retrospective: %1</source>
        <translation>ふりかえりを開けません: %1</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>Saved retrospective — changes are saved as you type.</source>
        <translation>保存済みのふりかえりです。変更は入力と同時に保存されます。</translation>
    </message>
    <message>
        <source>Draft from the drill&apos;s log — changes are saved as you type.</source>
        <translation>訓練のログから作成した下書きです。変更は入力と同時に保存されます。</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>編集中…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 にエクスポートしました</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
</context>
<context>
    <name>kunren::app::ScorePage</name>
    <message>
        <source>Write Retrospective…</source>
        <translation>ふりかえりを書く…</translation>
    </message>
    <message>
        <source>No score yet</source>
        <translation>スコアはまだありません</translation>
    </message>
    <message>
        <source>Reflect on the drill: what happened, what went well and wrong, action items</source>
        <translation>訓練をふりかえります: 何が起きたか、うまくいった点とうまくいかなかった点、アクションアイテム</translation>
    </message>
    <message>
        <source>Scoring…</source>
        <translation>採点中…</translation>
    </message>
    <message>
        <source>Replaying the drill to measure recovery and the error budget.</source>
        <translation>訓練をリプレイして、復旧状況とエラーバジェットを測定しています。</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>%1 — earned points × %2</source>
        <translation>%1 — 獲得ポイント × %2</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Breakdown&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;内訳&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>&lt;i&gt;Correctness gate&lt;/i&gt;</source>
        <translation>&lt;i&gt;正解度による係数&lt;/i&gt;</translation>
    </message>
    <message>
        <source>× %1</source>
        <translation>× %1</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Total&lt;/b&gt;</source>
        <translation>&lt;b&gt;合計&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What happened&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;何が起きたか&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your final hypothesis: &lt;b&gt;%1&lt;/b&gt;, %2%3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;最終的な仮説: &lt;b&gt;%1&lt;/b&gt;、%2%3。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, triggered by %1</source>
        <translation>、トリガーは %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;How you investigated&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;調査の進め方&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No tool was opened.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ツールは開かれませんでした。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>First opened</source>
        <translation>初回使用</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>使用回数</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>使用時間</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>クエリ</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Queries&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;クエリ&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color: #c62828&quot;&gt;The score could not be saved: %1&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color: #c62828&quot;&gt;スコアを保存できませんでした: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Not opened, though this drill practises them: &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;この訓練で練習するのに開かなかったツール: &lt;b&gt;%1&lt;/b&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pace&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;ペース&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Played at 1× (real time) throughout: drill times are your own times, comparable with a real incident and with anyone else who played at 1×.</source>
        <translation>最初から最後まで 1× (実時間) で進めました。訓練時間はそのままあなた自身の時間であり、実際の障害や、1× で進めた他の人と比べられます。</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 で %2</translation>
    </message>
    <message>
        <source>Played at %1 of drill time.</source>
        <translation>訓練時間のうち、%1 進めました。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>Jumped ahead %n time(s), skipping %1.</source>
        <translation>
            <numerusform>%n 回ジャンプし、%1 を飛ばしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused %n time(s), %1 in all.</source>
        <translation>
            <numerusform>%n 回一時停止し、合計 %1 止めました。</numerusform>
        </translation>
    </message>
    <message>
        <source>From the start of the impact to the right root cause: %1 of drill time, %2 of your time.</source>
        <translation>影響の開始から正しい根本原因まで: 訓練時間で %1、あなたの時間で %2。</translation>
    </message>
    <message>
        <source>End the drill (Drill ▸ End Drill, Ctrl+Shift+E) to see your score and how you investigated.</source>
        <translation>訓練を終了すると (訓練 ▸ 訓練を終了、Ctrl+Shift+E)、スコアと調査の進め方が表示されます。</translation>
    </message>
    <message>
        <source>under a second</source>
        <translation>1 秒未満</translation>
    </message>
</context>
<context>
    <name>kunren::app::ServiceHealthModel</name>
    <message>
        <source>≤ %1 ms</source>
        <translation>≤ %1 ms</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>リクエスト/s</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー率</translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation>p95 レイテンシ</translation>
    </message>
    <message>
        <source>Pods ready</source>
        <translation>準備完了の Pod</translation>
    </message>
</context>
<context>
    <name>kunren::app::ServiceMapPage</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>No traffic</source>
        <translation>トラフィックなし</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>フォーカス</translation>
    </message>
    <message>
        <source>Show only the selected component and its neighbours (F)</source>
        <translation>選択したコンポーネントとその隣接コンポーネントのみを表示します (F)</translation>
    </message>
    <message>
        <source>Find a component (Ctrl+F)</source>
        <translation>コンポーネントを検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>No drill is running.
Start one on the Drills page (Ctrl+1) to see its services, databases, queues and external APIs here.</source>
        <translation>実行中の訓練はありません。
訓練ページ (Ctrl+1) で訓練を開始すると、そのサービス、データベース、キュー、外部 API がここに表示されます。</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>縮小 (Ctrl+−)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>拡大 (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Show the whole map (Ctrl+0)</source>
        <translation>マップ全体を表示します (Ctrl+0)</translation>
    </message>
    <message>
        <source>Health over the window: error rate (≥ 1% warning, ≥ 5% critical) and p95 latency against the window before. Line width follows the call rate; red lines carry errors.</source>
        <translation>表示期間内のヘルス状態: エラー率 (≥ 1% で警告、≥ 5% で重大) と、直前の期間と比較した p95 レイテンシです。線の太さは呼び出しレートを表し、赤い線はエラーを含む呼び出しを示します。</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>waiting for traffic</source>
        <translation>トラフィック待機中</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 of %n component(s) unhealthy&lt;/b&gt; · %2</source>
        <translation>
            <numerusform>&lt;b&gt;%n 個中 %1 個のコンポーネントが異常&lt;/b&gt; · %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n component(s), all healthy · %1</source>
        <translation>
            <numerusform>%n 個のコンポーネント、すべて正常 · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no match</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 件一致</translation>
    </message>
    <message numerus="yes">
        <source>%n matches, Enter for next</source>
        <translation>
            <numerusform>%n 件一致、Enter で次へ</numerusform>
        </translation>
    </message>
    <message>
        <source>Open service page</source>
        <translation>サービスページを開く</translation>
    </message>
    <message>
        <source>Focus on %1</source>
        <translation>%1 にフォーカス</translation>
    </message>
    <message>
        <source>Traces of %1</source>
        <translation>%1 のトレース</translation>
    </message>
    <message>
        <source>Logs of %1</source>
        <translation>%1 のログ</translation>
    </message>
    <message>
        <source>Metrics of %1</source>
        <translation>%1 のメトリクス</translation>
    </message>
    <message>
        <source>Events of %1</source>
        <translation>%1 のイベント</translation>
    </message>
    <message>
        <source>Declare Hypothesis: %1…</source>
        <translation>仮説を宣言: %1…</translation>
    </message>
</context>
<context>
    <name>kunren::app::ServicePage</name>
    <message>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>&amp;Traces</source>
        <translation>トレース(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>ログ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>メトリクス(&amp;M)</translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation>イベント(&amp;V)</translation>
    </message>
    <message>
        <source>Search this service&apos;s spans (Alt+T)</source>
        <translation>このサービスのスパンを検索します (Alt+T)</translation>
    </message>
    <message>
        <source>Search this service&apos;s logs (Alt+L)</source>
        <translation>このサービスのログを検索します (Alt+L)</translation>
    </message>
    <message>
        <source>Open this service&apos;s metrics dashboard (Alt+M)</source>
        <translation>このサービスのメトリクスダッシュボードを開きます (Alt+M)</translation>
    </message>
    <message>
        <source>Show this service&apos;s deploys, scaling and restarts (Alt+V)</source>
        <translation>このサービスのデプロイ、スケール、再起動を表示します (Alt+V)</translation>
    </message>
    <message>
        <source>Declare &amp;Hypothesis…</source>
        <translation>仮説を宣言(&amp;H)…</translation>
    </message>
    <message>
        <source>Declare this service as the root cause</source>
        <translation>このサービスを根本原因として宣言します</translation>
    </message>
    <message>
        <source>Double-click an endpoint to search its spans</source>
        <translation>エンドポイントをダブルクリックすると、そのスパンを検索します</translation>
    </message>
    <message>
        <source>Double-click to open that component</source>
        <translation>ダブルクリックすると、そのコンポーネントを開きます</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>依存関係</translation>
    </message>
    <message>
        <source>Recent deploys</source>
        <translation>最近のデプロイ</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source> · namespace %1</source>
        <translation> · Namespace %1</translation>
    </message>
    <message>
        <source> · version %1</source>
        <translation> · バージョン %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; requests · &lt;b&gt;%2&lt;/b&gt; errors · p50 %3 · &lt;b&gt;p95 %4&lt;/b&gt; · p99 %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; リクエスト · &lt;b&gt;%2&lt;/b&gt; エラー · p50 %3 · &lt;b&gt;p95 %4&lt;/b&gt; · p99 %5</translation>
    </message>
    <message>
        <source>No requests in this window.</source>
        <translation>この期間にリクエストはありません。</translation>
    </message>
    <message>
        <source>No deploys of %1 so far in this drill. The Events button lists its scaling, restarts and config changes.</source>
        <translation>この訓練では、これまでに %1 のデプロイはありません。スケール、再起動、設定変更は「イベント」ボタンで一覧表示できます。</translation>
    </message>
</context>
<context>
    <name>kunren::app::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>機能</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 または %2</translation>
    </message>
</context>
<context>
    <name>kunren::app::SimulationWorker</name>
    <message>
        <source>the database file %1 was moved or deleted while the drill ran</source>
        <translation>訓練中にデータベースファイル %1 が移動または削除されました</translation>
    </message>
    <message>
        <source>The simulation has stopped, so no mitigation can act on it any more.</source>
        <translation>シミュレーションが停止しているため、緩和策はもう適用できません。</translation>
    </message>
    <message>
        <source>the drill has ended</source>
        <translation>訓練は終了しています</translation>
    </message>
</context>
<context>
    <name>kunren::app::SpanGroupModel</name>
    <message>
        <source>(not set)</source>
        <translation>(未設定)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>スパン</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>エラー率</translation>
    </message>
    <message>
        <source>Avg</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
</context>
<context>
    <name>kunren::app::SpanTableModel</name>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>エラー %1</translation>
    </message>
    <message>
        <source>ok %1</source>
        <translation>OK %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>kunren::app::StartupFlow</name>
    <message>
        <source>there is no page &quot;%1&quot;; the pages are %2</source>
        <translation>ページ &quot;%1&quot; はありません。ページは次のとおりです: %2</translation>
    </message>
    <message>
        <source>cannot start &quot;%1&quot;:
%2</source>
        <translation>&quot;%1&quot; を開始できません:
%2</translation>
    </message>
</context>
<context>
    <name>kunren::app::TimeRangeBar</name>
    <message>
        <source>Last 5 minutes</source>
        <translation>過去 5 分間</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>過去 15 分間</translation>
    </message>
    <message>
        <source>Last 30 minutes</source>
        <translation>過去 30 分間</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>過去 1 時間</translation>
    </message>
    <message>
        <source>Whole drill</source>
        <translation>訓練全体</translation>
    </message>
    <message>
        <source>How much simulated time this view covers</source>
        <translation>このビューが対象とするシミュレーション時間の範囲です</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>The window stays where it is; click to follow the drill again</source>
        <translation>表示期間は現在の位置に固定されています。クリックすると再び訓練の進行に追従します</translation>
    </message>
    <message>
        <source>The window follows the drill&apos;s clock; click to pin it here</source>
        <translation>表示期間は訓練の時計に追従しています。クリックすると現在の位置に固定します</translation>
    </message>
</context>
<context>
    <name>kunren::app::TimeSeriesChart</name>
    <message>
        <source>No data in this window</source>
        <translation>この期間のデータはありません</translation>
    </message>
    <message>
        <source>minutes into the drill</source>
        <translation>訓練開始からの経過時間 (分)</translation>
    </message>
</context>
<context>
    <name>kunren::app::TraceView</name>
    <message>
        <source>Waterfall</source>
        <translation>ウォーターフォール</translation>
    </message>
    <message>
        <source>Flame graph</source>
        <translation>フレームグラフ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Double-click a log to search this trace&apos;s logs</source>
        <translation>ログをダブルクリックすると、このトレースのログを検索します</translation>
    </message>
    <message>
        <source>All logs of this trace</source>
        <translation>このトレースのすべてのログ</translation>
    </message>
    <message>
        <source>Logs of the selected span</source>
        <translation>選択したスパンのログ</translation>
    </message>
    <message>
        <source>Open a trace from the span list, a log or an error.</source>
        <translation>スパン一覧、ログ、またはエラーからトレースを開いてください。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; %2 &amp;nbsp;·&amp;nbsp; trace &lt;tt&gt;%3&lt;/tt&gt; &amp;nbsp;·&amp;nbsp; started %4 &amp;nbsp;·&amp;nbsp; %5 &amp;nbsp;·&amp;nbsp; %n span(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; %2 &amp;nbsp;·&amp;nbsp; トレース &lt;tt&gt;%3&lt;/tt&gt; &amp;nbsp;·&amp;nbsp; 開始 %4 &amp;nbsp;·&amp;nbsp; %5 &amp;nbsp;·&amp;nbsp; %n スパン</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> &amp;nbsp;·&amp;nbsp; &lt;span style=&quot;color:#c62828&quot;&gt;%n error span(s)&lt;/span&gt;</source>
        <translation>
            <numerusform> &amp;nbsp;·&amp;nbsp; &lt;span style=&quot;color:#c62828&quot;&gt;エラースパン %n 件&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 &lt;i&gt;(%2: %3 %4)&lt;/i&gt;</source>
        <translation>• %1 &lt;i&gt;(%2: %3 %4)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Broken trace context propagation&lt;/b&gt; — this trace is incomplete; the spans marked ⚠ show where.&lt;br&gt;</source>
        <translation>&lt;b&gt;⚠ トレースコンテキストの伝播が途切れています&lt;/b&gt; — このトレースは不完全です。⚠ の付いたスパンが該当箇所を示しています。&lt;br&gt;</translation>
    </message>
    <message>
        <source>resource</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>self time</source>
        <translation>自己時間</translation>
    </message>
    <message>
        <source>start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>+%1 into the trace</source>
        <translation>トレース開始から +%1</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#c62828&quot;&gt;error&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#c62828&quot;&gt;エラー&lt;/span&gt;</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>unset</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>critical path</source>
        <translation>クリティカルパス</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>呼び出し先</translation>
    </message>
    <message>
        <source>pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>span_id</source>
        <translation>span_id</translation>
    </message>
    <message>
        <source>retry</source>
        <translation>リトライ</translation>
    </message>
    <message>
        <source>this call is a retry</source>
        <translation>この呼び出しはリトライです</translation>
    </message>
    <message>
        <source>This span wrote no logs.</source>
        <translation>このスパンはログを出力していません。</translation>
    </message>
    <message>
        <source>&lt;br&gt;Consumes a message published in trace &lt;a href=&quot;trace:%1&quot;&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/a&gt; (span &lt;tt&gt;%2&lt;/tt&gt;) — open it to follow the request across the queue</source>
        <translation>&lt;br&gt;トレース &lt;a href=&quot;trace:%1&quot;&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/a&gt;（スパン &lt;tt&gt;%2&lt;/tt&gt;）が発行したメッセージを処理しています — 開くとキューをまたいでリクエストを追跡できます</translation>
    </message>
</context>
<context>
    <name>kunren::app::TracesPage</name>
    <message>
        <source>List spans</source>
        <translation>スパンを一覧表示</translation>
    </message>
    <message>
        <source>Group by %1</source>
        <translation>%1 でグループ化</translation>
    </message>
    <message>
        <source>List matching spans, or group them by a tag for counts, error rates and latency</source>
        <translation>一致するスパンを一覧表示するか、タグでグループ化して件数、エラー率、レイテンシを表示します</translation>
    </message>
    <message>
        <source>Double-click or Enter opens the span&apos;s trace</source>
        <translation>ダブルクリックまたは Enter でスパンのトレースを開きます</translation>
    </message>
    <message>
        <source>Double-click a group to list its spans</source>
        <translation>グループをダブルクリックすると、そのスパンを一覧表示します</translation>
    </message>
    <message>
        <source>Explorer</source>
        <translation>エクスプローラー</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>トレース</translation>
    </message>
    <message>
        <source>Start a drill to search its traces.</source>
        <translation>訓練を開始すると、そのトレースを検索できます。</translation>
    </message>
    <message>
        <source>Open a trace from the span list, a log or an error.</source>
        <translation>スパン一覧、ログ、またはエラーからトレースを開いてください。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <source>Fix the query to search.</source>
        <translation>検索するにはクエリを修正してください。</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>%1〜%2</translation>
    </message>
    <message>
        <source>No spans match %1. Remove a filter or widen the time range.</source>
        <translation>%1 に一致するスパンはありません。フィルターを外すか、期間を広げてください。</translation>
    </message>
    <message numerus="yes">
        <source>%1 spans %2 in %n group(s) (≈ %3 requests)</source>
        <translation>
            <numerusform>%2 のスパン %1 件、%n グループ (≈ %3 リクエスト)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 spans %2, newest first (≈ %3 requests) · Enter opens a trace</source>
        <translation>%2 のスパン %1 件、新しい順 (≈ %3 リクエスト) · Enter でトレースを開きます</translation>
    </message>
    <message>
        <source>Opening trace %1…</source>
        <translation>トレース %1 を開いています…</translation>
    </message>
</context>
<context>
    <name>kunren::app::WaterfallView</name>
    <message>
        <source>No trace open</source>
        <translation>開いているトレースはありません</translation>
    </message>
    <message numerus="yes">
        <source>%n span(s) · outlined: critical path</source>
        <translation>
            <numerusform>%n スパン · 枠線: クリティカルパス</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;start +%3 · duration %4 · self %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;開始 +%3 · 所要時間 %4 · 自己時間 %5</translation>
    </message>
    <message>
        <source>&lt;br&gt;on the critical path</source>
        <translation>&lt;br&gt;クリティカルパス上</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kunren incident-drill simulator</source>
        <translation>Kunren インシデント訓練シミュレーター</translation>
    </message>
    <message>
        <source>Start the built-in scenario ID (or a file).</source>
        <translation>組み込みシナリオ ID (またはファイル) を開始します。</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>乱数シード。</translation>
    </message>
    <message>
        <source>Save the main window as an image.</source>
        <translation>メインウィンドウを画像として保存します。</translation>
    </message>
    <message>
        <source>Quit after SECONDS of wall time.</source>
        <translation>実時間で SECONDS 秒経過後に終了します。</translation>
    </message>
    <message>
        <source>Open the workspace page ID (home, logs, traces, …).</source>
        <translation>ワークスペースのページ ID を開きます (home、logs、traces、…)。</translation>
    </message>
    <message>
        <source>Simulate straight to this drill time (e.g. 12m).</source>
        <translation>この訓練時刻までシミュレーションを一気に進めます (例: 12m)。</translation>
    </message>
    <message>
        <source>Use the dark palette.</source>
        <translation>ダークパレットを使用します。</translation>
    </message>
    <message>
        <source>Save drills in this SQLite database instead of the default one.</source>
        <translation>デフォルトのデータベースの代わりに、この SQLite データベースに訓練を保存します。</translation>
    </message>
    <message>
        <source>Language of the workspace and the drills: en or ja (default: the system&apos;s).</source>
        <translation>ワークスペースと訓練の言語: en または ja (デフォルト: システムの言語)。</translation>
    </message>
    <message>
        <source>Playback speed, 1 to 60 (default 1: real time).</source>
        <translation>再生速度、1 から 60 まで (既定値 1: 実時間)。</translation>
    </message>
</context>
</TS>
