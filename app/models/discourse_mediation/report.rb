# frozen_string_literal: true

module DiscourseMediation
  # The mediators' report on an escalated case. A draft until submitted; then
  # the cited items' text is kept in its citations, as it was cited.
  class Report < ActiveRecord::Base
    self.table_name = "discourse_mediation_reports"

    belongs_to :mediation_case, foreign_key: :case_id, inverse_of: :report
    has_many :citations, -> { order(:position) }, class_name: "DiscourseMediation::Citation", inverse_of: :report

    def submitted?
      submitted_at.present?
    end

    def to_draft
      Rules::DueProcess::ReportRules.draft_of(self)
    end

    # Keeps each cited item's current text with the report.
    def cite_published_text!
      behaviours = Behaviour.where(key: cited_keys).index_by(&:key)
      cited_keys.each_with_index do |key, position|
        behaviour = behaviours.fetch(key)
        citations.create!(
          behaviour_key: key,
          version: behaviour.version,
          title: behaviour.title,
          description: behaviour.description,
          position:,
        )
      end
    end
  end
end
