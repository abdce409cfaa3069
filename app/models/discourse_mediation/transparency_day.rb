# frozen_string_literal: true

module DiscourseMediation
  # One day's requests, and the cases opened on it by place with their
  # first-response hours (sorted), as TransparencyRollup counted them: the
  # report's first period is read from these rows but for the day its window
  # began on (TransparencyQuery).
  class TransparencyDay < ActiveRecord::Base
    self.table_name = "discourse_mediation_transparency_days"
  end
end

# == Schema Information
#
# Table name: discourse_mediation_transparency_days
#
#  id              :bigint           not null, primary key
#  day             :date             not null
#  requests        :integer          default(0), not null
#  opened_by_place :jsonb            default({}), not null
#  response_hours  :float            default({}), not null, is an Array
#  refreshed_at    :datetime         not null
#
# Indexes
#
#  idx_mediation_transparency_days_day  (day) UNIQUE
#
