# frozen_string_literal: true

module DiscourseMediation
  # One check-in date of a coaching plan, and, once its date has come,
  # whether it was held or missed, with the mediator's short note.
  class CoachingCheckIn < ActiveRecord::Base
    self.table_name = "discourse_mediation_coaching_check_ins"

    belongs_to :coaching, inverse_of: :check_ins
    belongs_to :recorded_by, class_name: "User", optional: true

    validates :status,
              inclusion: {
                in: Rules::DueProcess::Coaching::CHECK_IN_STATUSES,
              },
              allow_nil: true

    def recorded?
      status.present?
    end
  end
end

# == Schema Information
#
# Table name: discourse_mediation_coaching_check_ins
#
#  id             :bigint           not null, primary key
#  coaching_id    :integer          not null
#  due_on         :date             not null
#  status         :string
#  note           :text
#  recorded_by_id :integer
#  recorded_at    :datetime
#  created_at     :datetime         not null
#  updated_at     :datetime         not null
#
# Indexes
#
#  idx_mediation_coaching_check_ins_once  (coaching_id,due_on) UNIQUE
#
