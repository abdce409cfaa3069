# frozen_string_literal: true

module DiscourseMediation
  # One line of a case's timeline, and of its audit trail: who did what, when.
  class CaseEvent < ActiveRecord::Base
    self.table_name = "discourse_mediation_case_events"

    belongs_to :mediation_case, foreign_key: :case_id, inverse_of: :events
    belongs_to :user, optional: true

    validates :action, presence: true

    def readonly?
      persisted?
    end
  end
end

# == Schema Information
#
# Table name: discourse_mediation_case_events
#
#  id         :bigint           not null, primary key
#  case_id    :integer          not null
#  user_id    :integer
#  action     :string           not null
#  data       :jsonb            default({}), not null
#  created_at :datetime         not null
#
# Indexes
#
#  idx_mediation_events_looked_for       (action,created_at,case_id) WHERE ((action)::text = ANY ((ARRAY['review_due'::character varying, 'vote_held'::character varying, 'escalate'::character varying, 'close_ballot'::character varying])::text[]))
#  idx_on_case_id_created_at_213831ac0b  (case_id,created_at)
#
