# Sources of engine/alerting (see docs/ARCHITECTURE.md): monitors evaluated from telemetry, alert states,
# notifications.
target_sources(kunren_${KUNREN_LAYER} PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AlertModel.h
    ${CMAKE_CURRENT_LIST_DIR}/SeriesIndex.h
    ${CMAKE_CURRENT_LIST_DIR}/SeriesIndex.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BaselineModel.h
    ${CMAKE_CURRENT_LIST_DIR}/BaselineModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RequestHistory.h
    ${CMAKE_CURRENT_LIST_DIR}/RequestHistory.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Monitor.h
    ${CMAKE_CURRENT_LIST_DIR}/MonitorFactory.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ThresholdMonitor.h
    ${CMAKE_CURRENT_LIST_DIR}/ThresholdMonitor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SloMonitor.h
    ${CMAKE_CURRENT_LIST_DIR}/SloMonitor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/KnownErrors.h
    ${CMAKE_CURRENT_LIST_DIR}/KnownErrors.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ErrorTrackingMonitor.h
    ${CMAKE_CURRENT_LIST_DIR}/ErrorTrackingMonitor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LogMonitor.h
    ${CMAKE_CURRENT_LIST_DIR}/LogMonitor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/KubernetesMonitor.h
    ${CMAKE_CURRENT_LIST_DIR}/KubernetesMonitor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AnomalyDetector.h
    ${CMAKE_CURRENT_LIST_DIR}/AnomalyDetector.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SeriesWarmUp.h
    ${CMAKE_CURRENT_LIST_DIR}/SeriesWarmUp.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AnomalyMonitor.h
    ${CMAKE_CURRENT_LIST_DIR}/AnomalyMonitor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WatchdogMonitor.h
    ${CMAKE_CURRENT_LIST_DIR}/WatchdogMonitor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CustomerSupport.h
    ${CMAKE_CURRENT_LIST_DIR}/CustomerSupport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/NotificationRouter.h
    ${CMAKE_CURRENT_LIST_DIR}/NotificationRouter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AlertEngine.h
    ${CMAKE_CURRENT_LIST_DIR}/AlertEngine.cpp)
