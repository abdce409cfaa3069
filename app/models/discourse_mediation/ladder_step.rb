# frozen_string_literal: true

module DiscourseMediation
  # A step of the sanction ladder, in order of severity (No action first).
  class LadderStep < ActiveRecord::Base
    self.table_name = "discourse_mediation_ladder_steps"

    TITLE_MAX_LENGTH = 120
    DESCRIPTION_MAX_LENGTH = 1000

    scope :in_order, -> { order(:position, :id) }

    def self.rules_steps
      in_order.map(&:to_rule)
    end

    def self.sanction_keys
      Rules::DueProcess::Ladder.sanction_keys(rules_steps)
    end

    def to_rule
      Rules::DueProcess::Ladder::Step.new(key:, kind:, duration_days:, review_days:)
    end

    def no_action?
      key == Rules::DueProcess::Ladder::NO_ACTION
    end
  end
end

# == Schema Information
#
# Table name: discourse_mediation_ladder_steps
#
#  id            :bigint           not null, primary key
#  key           :string           not null
#  kind          :string           not null
#  position      :integer          not null
#  title         :string           not null
#  description   :text             default(""), not null
#  duration_days :integer
#  review_days   :integer
#  created_at    :datetime         not null
#  updated_at    :datetime         not null
#
# Indexes
#
#  index_discourse_mediation_ladder_steps_on_key  (key) UNIQUE
#
