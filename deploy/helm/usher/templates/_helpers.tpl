{{/* The release's name for everything it makes (shortened to Kubernetes' 63 characters). */}}
{{- define "usher.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "usher.labels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{- define "usher.selectorLabels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/component: server
{{- end -}}

{{/* The Secret holding the secret settings: the operator's own, or the chart's. */}}
{{- define "usher.secretName" -}}
{{- default (include "usher.fullname" .) .Values.existingSecret -}}
{{- end -}}

{{- define "usher.postgresqlName" -}}
{{- printf "%s-postgresql" (include "usher.fullname" .) | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* The settings as the server gets them: the bundled database's address replaces DB_URL. */}}
{{- define "usher.config" -}}
{{- $config := deepCopy .Values.config -}}
{{- if .Values.postgresql.enabled -}}
{{- $_ := set $config "DB_URL" (printf "jdbc:postgresql://%s:5432/%s" (include "usher.postgresqlName" .) .Values.postgresql.database) -}}
{{- end -}}
{{- toYaml $config -}}
{{- end -}}
