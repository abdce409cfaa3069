# frozen_string_literal: true

module DiscourseMediation
  # The transparency report as a Markdown post, with the same cells the page
  # shows: small counts already hidden by Rules::Record::Transparency.
  module TransparencyPost
    SCOPE = "discourse_mediation.transparency"

    module_function

    def title(report)
      I18n.t("#{SCOPE}.post_title", period: I18n.t("#{SCOPE}.periods.#{report.period}"))
    end

    def raw(report)
      titles = report.outcome_titles
      header = [
        I18n.t("#{SCOPE}.columns.period"),
        I18n.t("#{SCOPE}.columns.requests"),
        I18n.t("#{SCOPE}.columns.resolved"),
        I18n.t("#{SCOPE}.columns.escalated"),
        *titles.values,
        *Rules::Case::ConductPlace::PLACES.map { I18n.t("#{SCOPE}.columns.cases_by_place.#{_1}") },
        I18n.t("#{SCOPE}.columns.median_first_response_hours"),
        I18n.t("#{SCOPE}.columns.median_days_to_decision"),
      ]
      lines = ["| #{header.join(" | ")} |", "|#{" --- |" * header.size}"]
      report.rows.each do |row|
        cells = [
          row[:period],
          cell(row[:requests]),
          cell(row[:resolved]),
          cell(row[:escalated]),
          *titles.keys.map { cell(row[:outcomes][_1]) },
          *Rules::Case::ConductPlace::PLACES.map { cell(row[:cases_by_place][_1]) },
          median(row[:median_first_response_hours]),
          median(row[:median_days_to_decision]),
        ]
        lines << "| #{cells.join(" | ")} |"
      end
      I18n.t("#{SCOPE}.post_body", table: lines.join("\n"))
    end

    def cell(value)
      if value == Rules::Record::Transparency::FEWER
        I18n.t("#{SCOPE}.fewer_than_3")
      else
        value.to_i.to_s
      end
    end

    def median(value)
      value.nil? ? I18n.t("#{SCOPE}.too_few") : value.to_s
    end
  end
end
