# frozen_string_literal: true

# Runs the jobs a spec's code enqueued, as Sidekiq would: the arguments as
# they came back from JSON, through Jobs::Base#perform. Jobs enqueued while
# running are run too.
module JobRunner
  def enqueued_jobs(job_class = nil)
    jobs = Jobs.enqueued
    job_class ? jobs.select { |job| job[:job] == job_class } : jobs
  end

  def run_enqueued_jobs
    ran = []
    until (job = Jobs.enqueued.shift).nil?
      job[:job].new.perform(job[:args])
      ran << job
    end
    ran
  end

  def run_job(job_class, args = {})
    job_class.new.perform(JSON.parse(JSON.dump(args)))
  end
end
