# frozen_string_literal: true

module DiscourseMediation
  # An item of the published list as a report cited it: its text never
  # changes afterwards, whatever happens to the list.
  class Citation < ActiveRecord::Base
    self.table_name = "discourse_mediation_citations"

    belongs_to :report, inverse_of: :citations

    def readonly?
      persisted?
    end

    # The cited items, a line each, as the plugin's posts and messages list them.
    def self.as_list(citations)
      citations
        .map do |citation|
          I18n.t(
            "discourse_mediation.notifications.cited_item",
            title: citation.title,
            description: citation.description,
          )
        end
        .join("\n")
    end
  end
end

# == Schema Information
#
# Table name: discourse_mediation_citations
#
#  id            :bigint           not null, primary key
#  report_id     :integer          not null
#  behaviour_key :string           not null
#  version       :integer          not null
#  title         :string           not null
#  description   :text             not null
#  position      :integer          not null
#
# Indexes
#
#  idx_on_report_id_behaviour_key_4c885cc306  (report_id,behaviour_key) UNIQUE
#
