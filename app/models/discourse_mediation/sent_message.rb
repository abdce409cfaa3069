# frozen_string_literal: true

module DiscourseMediation
  # One private message the plugin sent about a case, to one person. Sidekiq
  # retries a job that failed halfway and may run a job twice; with this mark
  # nobody gets the same message twice and nobody is skipped.
  class SentMessage < ActiveRecord::Base
    self.table_name = "discourse_mediation_sent_messages"

    belongs_to :mediation_case, foreign_key: :case_id
    belongs_to :user

    # Runs the block unless this message was sent. The mark and the message
    # commit together; a second sender waits on the unique index, then skips.
    def self.once(mediation_case, kind, user)
      transaction(requires_new: true) do
        create!(case_id: mediation_case.id, kind: kind.to_s, user_id: user.id)
        yield
      end
      true
    rescue ActiveRecord::RecordNotUnique
      false
    end
  end
end

# == Schema Information
#
# Table name: discourse_mediation_sent_messages
#
#  id         :bigint           not null, primary key
#  case_id    :integer          not null
#  kind       :string           not null
#  user_id    :integer          not null
#  created_at :datetime         not null
#
# Indexes
#
#  idx_on_case_id_kind_user_id_823814033d  (case_id,kind,user_id) UNIQUE
#
