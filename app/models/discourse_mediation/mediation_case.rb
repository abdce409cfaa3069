# frozen_string_literal: true

module DiscourseMediation
  class MediationCase < ActiveRecord::Base
    self.table_name = "discourse_mediation_cases"

    belongs_to :topic
    belongs_to :post
    belongs_to :mediator, class_name: "User", optional: true
    has_many :help_requests, foreign_key: :case_id, inverse_of: :mediation_case
    has_many :events,
             -> { order(:created_at, :id) },
             class_name: "DiscourseMediation::CaseEvent",
             foreign_key: :case_id,
             inverse_of: :mediation_case

    validates :state, inclusion: { in: Lifecycle::STATES.map(&:to_s) }

    scope :ongoing, -> { where(state: Lifecycle::OPEN_STATES.map(&:to_s)) }

    def open?
      Lifecycle.open?(state)
    end

    def requester_status
      Lifecycle.requester_status(state)
    end

    def log_event!(action, user: nil, **data)
      events.create!(action:, user:, data:)
    end
  end
end

# == Schema Information
#
# Table name: discourse_mediation_cases
#
#  id                 :bigint           not null, primary key
#  topic_id           :integer          not null
#  post_id            :integer          not null
#  state              :string           default("requested"), not null
#  urgent             :boolean          default(FALSE), not null
#  mediator_id        :integer
#  mediators_topic_id :integer
#  created_at         :datetime         not null
#  updated_at         :datetime         not null
#
# Indexes
#
#  index_mediation_cases_one_open_per_topic                       (topic_id) UNIQUE WHERE open
#  index_discourse_mediation_cases_on_state_and_created_at        (state,created_at)
