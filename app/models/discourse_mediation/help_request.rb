# frozen_string_literal: true

module DiscourseMediation
  class HelpRequest < ActiveRecord::Base
    self.table_name = "discourse_mediation_help_requests"

    belongs_to :mediation_case, foreign_key: :case_id, inverse_of: :help_requests
    belongs_to :user
    # None for conduct outside the forum.
    belongs_to :post, optional: true

    validates :kind, inclusion: { in: Rules::Mediation::HelpRequestRules::KINDS }

    scope :by, ->(user) { where(user_id: user.id) }
    scope :since, ->(time) { where("created_at > ?", time) }
    # "My help requests": the newest first, with everything a row shows.
    scope :listed_for,
          ->(user, limit) do
            by(user)
              .includes(:post, mediation_case: %i[topic ballot appeal_ballot])
              .order(created_at: :desc)
              .limit(limit)
          end

    def urgent?
      Rules::Mediation::HelpRequestRules.urgent?(kind)
    end

    # What the requester reads on "My help requests".
    def status
      withdrawn_at ? :withdrawn : mediation_case.requester_status
    end
  end
end

# == Schema Information
#
# Table name: discourse_mediation_help_requests
#
#  id                  :bigint           not null, primary key
#  case_id             :integer          not null
#  user_id             :integer          not null
#  post_id             :integer
#  kind                :string           not null
#  message             :text             default(""), not null
#  consent_to_be_named :boolean          default(FALSE), not null
#  withdrawn_at        :datetime
#  created_at          :datetime         not null
#  updated_at          :datetime         not null
#  behaviour_key       :string
#  shares_message      :boolean          default(FALSE), not null
#
# Indexes
#
#  idx_mediation_requests_created                                  (created_at)
#  idx_on_user_id_created_at_b3a2a4c0d0                            (user_id,created_at)
#  index_discourse_mediation_help_requests_on_case_id_and_user_id  (case_id,user_id) UNIQUE
#
