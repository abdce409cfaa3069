# frozen_string_literal: true

module DiscourseMediation
  # The mediators' report on an escalated case. A draft until submitted; then
  # the cited items' text is kept in its citations, as it was cited.
  class Report < ActiveRecord::Base
    self.table_name = "discourse_mediation_reports"

    belongs_to :mediation_case, foreign_key: :case_id, inverse_of: :report
    has_many :citations,
             -> { order(:position) },
             class_name: "DiscourseMediation::Citation",
             inverse_of: :report

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

# == Schema Information
#
# Table name: discourse_mediation_reports
#
#  id                :bigint           not null, primary key
#  case_id           :integer          not null
#  what_happened     :text             default(""), not null
#  mediation_course  :text             default(""), not null
#  why_unresolved    :text             default(""), not null
#  cited_keys        :string           default([]), not null, is an Array
#  recommended_keys  :string           default([]), not null, is an Array
#  affected_user_ids :integer          default({}), not null, is an Array
#  updated_by_id     :integer
#  submitted_at      :datetime
#  submitted_by_id   :integer
#  created_at        :datetime         not null
#  updated_at        :datetime         not null
#  cites_silence     :boolean          default(FALSE), not null
#
# Indexes
#
#  index_discourse_mediation_reports_on_case_id  (case_id) UNIQUE
#
